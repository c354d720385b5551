// `npm run test:loaded`: the whole `npm test` while two busy processes keep two cores at 100 %, the
// way a shared 2-core CI runner behaves. The busy processes are ended however the suite ends (pass,
// failure, Ctrl-C), and the duration is printed. `--busy N` sets how many (0: just time the suite).
import { spawn } from 'node:child_process';

const flag = process.argv.indexOf('--busy');
const count = flag >= 0 ? Number(process.argv[flag + 1]) : 2;
if (!Number.isInteger(count) || count < 0) {
  console.error('test:loaded: --busy takes a whole number of busy processes');
  process.exit(2);
}

const busy = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopBusy = () => {
  for (const child of busy) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};
process.on('exit', stopBusy);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`test:loaded: ${count} busy process(es) (pids ${busy.map((child) => child.pid).join(', ') || '—'}), running npm test`);
const started = Date.now();
const suite = spawn('npm', ['test'], { stdio: 'inherit' });
suite.on('exit', (code, signal) => {
  stopBusy();
  const seconds = (Date.now() - started) / 1000;
  const verdict = code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`;
  console.log(`test:loaded: npm test ${verdict} in ${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0)} s with ${count} busy process(es)`);
  process.exit(code ?? 1);
});
