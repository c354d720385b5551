import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import atlas from './atlas';

// The same hook `astro build` runs first: a copy of content/ with one file broken must stop the build
// with a message naming that file and field.
const roots: string[] = [];
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function runBuildHook(root: string): Promise<void> {
  const hook = atlas().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
  await hook({ config: { root: pathToFileURL(`${root}/`) }, command: 'build' });
}

function editJson(root: string, file: string, edit: (json: any) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('the build refuses bad content', () => {
  it('accepts the real content', async () => {
    await expect(runBuildHook(projectCopy())).resolves.toBeUndefined();
  });

  it('a rating of 6', async () => {
    const root = projectCopy();
    editJson(root, 'content/data/scenario-ratings.json', (json) => (json.scenarios[6].ratings['vm-image'] = 6));
    await expect(runBuildHook(root)).rejects.toThrow(
      'content/data/scenario-ratings.json: scenarios[6].ratings["vm-image"]: out of range: ratings go from 1 to 5',
    );
  });

  it('a rating of 0', async () => {
    const root = projectCopy();
    editJson(root, 'content/data/scenario-ratings.json', (json) => (json.scenarios[0].ratings['base-image'] = 0));
    await expect(runBuildHook(root)).rejects.toThrow('scenarios[0].ratings["base-image"]: out of range');
  });

  it('a missing translation', async () => {
    const root = projectCopy();
    editJson(root, 'content/data/tables/container-vs-vm.json', (json) => delete json.rows[2].label.zh);
    await expect(runBuildHook(root)).rejects.toThrow('content/data/tables/container-vs-vm.json: rows[2].label.zh: missing translation');
  });

  it('an unknown id', async () => {
    const root = projectCopy();
    editJson(root, 'content/data/tables/image-vs-container.json', (json) => (json.kinds[1] = 'floppy-image'));
    await expect(runBuildHook(root)).rejects.toThrow('content/data/tables/image-vs-container.json: kinds[1]: unknown kind "floppy-image"');
  });

  it('malformed JSON, with the line and column', async () => {
    const root = projectCopy();
    const file = join(root, 'content/data/kinds.json');
    // A trailing comma after the last kind: the error points at the closing bracket on the last line.
    const broken = readFileSync(file, 'utf8').replace(/\}\s*\]\s*$/, '},\n]\n');
    writeFileSync(file, broken);
    const line = broken.trimEnd().split('\n').length;
    await expect(runBuildHook(root)).rejects.toThrow(`content/data/kinds.json:${line}:1: not valid JSON: value expected`);
  });

  it('a cell note that points to a caveat missing in one language', async () => {
    const root = projectCopy();
    const zh = join(root, 'content/docs/zh/security-updates-customization.mdx');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('id="tz-needs-tzdata"', 'id="tz-example"'));
    const failure = runBuildHook(root);
    await expect(failure).rejects.toThrow(
      'content/data/tables/security-updates-customization.json: rows[3].cells["base-os-image"].notes[0]: "security-updates-customization#tz-needs-tzdata" names no caveat in content/docs/zh/security-updates-customization.mdx',
    );
    // The twins no longer carry the same caveats either.
    await expect(failure).rejects.toThrow('content/docs/en/security-updates-customization.mdx: caveat ids differ');
  });

  it('a caveat without an id', async () => {
    const root = projectCopy();
    const en = join(root, 'content/docs/en/container-vs-vm-image.mdx');
    writeFileSync(en, readFileSync(en, 'utf8').replace('<Aside kind="caveat" id="image-is-not-virtualisation"', '<Aside kind="caveat"'));
    await expect(runBuildHook(root)).rejects.toThrow(/content\/docs\/en\/container-vs-vm-image\.mdx:\d+: <Aside kind="caveat"> needs an id/);
  });

  it('a page without its twin, and twins whose sections differ', async () => {
    const root = projectCopy();
    rmSync(join(root, 'content/docs/en/glossary.mdx'));
    const zh = join(root, 'content/docs/zh/image-vs-container.mdx');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('{#state}', '{#status}'));
    const failure = runBuildHook(root);
    await expect(failure).rejects.toThrow('content/docs/zh/glossary.mdx: has no en twin');
    await expect(failure).rejects.toThrow(/content\/docs\/(en|zh)\/image-vs-container\.mdx: section ids differ/);
  });
});
