// The npm mirror this project is built on carries only the linux-x64 builds of some native packages
// (Astro's compiler, Tailwind's oxide, Pagefind), so `npm install` here leaves their other-platform
// optional dependencies out of package-lock.json, and `npm ci` then refuses the lock as out of sync.
// This adds the missing optional platform entries (os/cpu inferred from the package name) exactly as
// npm writes them on a full registry. Run it after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const suffix = name.split('/').pop();
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'windows', 'openbsd', 'sunos', 'aix', 'netbsd', 'openharmony']
    .find((o) => suffix.includes(`${o}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el']
    .find((c) => new RegExp(`(^|-)${c}(-|$)`).test(suffix));
  const entry = {};
  if (cpu) entry.cpu = [cpu];
  if (os) entry.os = [os === 'windows' ? 'win32' : os];
  if (suffix.endsWith('-musl')) entry.libc = ['musl'];
  if (suffix.endsWith('-gnu') || suffix.endsWith('-gnueabihf')) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform.os && !platform.cpu) continue; // not a platform build: leave it to npm
    packages[key] = { version: version.replace(/^[\^~]/, ''), ...platform, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: added ${added} optional platform entries.`);
