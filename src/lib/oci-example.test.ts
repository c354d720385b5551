/**
 * The worked example on "Inside an OCI image" must stay consistent. Everything is recomputed from
 * the page source: every JSON block is a stored document (its text plus one newline), the two layer
 * blobs are the base64 heredocs, and every descriptor, DiffID, size and digest on the page (prose,
 * tables and the overlayfs diagram in diagrams.json included) has to match what those bytes hash to.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const pagePath = (lang: string) => `content/docs/${lang}/oci-image-internals.mdx`;

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string };
}
interface Blob {
  bytes: Buffer;
  json?: Record<string, any>;
}

/** The page's blobs by digest, the documents in page order and the raw source. */
function readExample(lang: string) {
  const source = readFileSync(pagePath(lang), 'utf8');
  const documents = [...source.matchAll(/^```json\n([\s\S]*?)\n```$/gm)].map((m) => Buffer.from(`${m[1]}\n`));
  const layers = [...source.matchAll(/base64 -d > (\S+) <<'EOF'\n([\s\S]*?)\nEOF/g)].map((m) => ({
    name: m[1]!,
    bytes: Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64'),
  }));
  const blobs = new Map<string, Blob>();
  for (const bytes of [...documents, ...derivedDocuments(source, documents)])
    blobs.set(sha256(bytes), { bytes, json: JSON.parse(bytes.toString('utf8')) });
  for (const layer of layers) blobs.set(sha256(layer.bytes), { bytes: layer.bytes });
  // The empty descriptor's two bytes are defined by the image spec, not shown as a block.
  blobs.set(sha256(Buffer.from('{}')), { bytes: Buffer.from('{}'), json: {} });
  return { source, documents, layers, blobs };
}

/**
 * The arm64 config is shown as a `sed` edit of the amd64 one: apply exactly the expressions written
 * on the page (literal text, `^`/`$` anchors, `&` and `\n` in replacements). Its manifest is described
 * in prose as the amd64 manifest with that config's digest and size in the `config` descriptor.
 */
function derivedDocuments(source: string, documents: Buffer[]): Buffer[] {
  const find = (test: (json: Record<string, any>) => boolean) => {
    const doc = documents.find((bytes) => test(JSON.parse(bytes.toString('utf8'))));
    if (!doc) throw new Error('the amd64 document is missing');
    return doc.toString('utf8');
  };
  const amd64Config = find((json) => 'rootfs' in json && json.architecture === 'amd64');
  const amd64Manifest = find((json) => 'layers' in json && !json.artifactType);
  const commands = [...source.matchAll(/^sed ((?:-e '[^']*' (?:\\\n\s*)?)+)(\S+) > (\S+)$/gm)];
  if (commands.length !== 1 || commands[0]![2] !== 'config-amd64.json' || commands[0]![3] !== 'config-arm64.json')
    throw new Error('expected one sed command, config-amd64.json > config-arm64.json');
  let config = amd64Config;
  for (const [, pattern, replacement] of commands[0]![1]!.matchAll(/-e 's\/((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/'/g)) {
    if (/[.*[\]\\]/.test(pattern!.replace(/^\^|\$$/g, ''))) throw new Error(`pattern is not literal: ${pattern}`);
    const literal = pattern!.replace(/^\^|\$$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const regex = new RegExp(`${pattern!.startsWith('^') ? '^' : ''}${literal}${pattern!.endsWith('$') ? '$' : ''}`);
    config = config
      .split('\n')
      .map((line) => line.replace(regex, (match) => replacement!.replace(/&/g, match).replace(/\\n/g, '\n')))
      .join('\n');
  }
  const configBytes = Buffer.from(config);
  const amd64ConfigBytes = Buffer.from(amd64Config);
  const manifest = amd64Manifest
    .replace(sha256(amd64ConfigBytes), sha256(configBytes))
    .replace(`"size": ${amd64ConfigBytes.length}`, `"size": ${configBytes.length}`);
  return [configBytes, Buffer.from(manifest)];
}

/** Every object with mediaType, digest and size inside a JSON value. */
function descriptorsIn(value: unknown, found: Descriptor[] = []): Descriptor[] {
  if (Array.isArray(value)) for (const item of value) descriptorsIn(item, found);
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.mediaType === 'string' && typeof object.digest === 'string' && typeof object.size === 'number')
      found.push(object as unknown as Descriptor);
    for (const child of Object.values(object)) descriptorsIn(child, found);
  }
  return found;
}

/** Names of the entries in an uncompressed ustar archive. */
function tarEntries(tar: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    names.push((prefix ? `${prefix}/` : '') + field(0, 100));
    const size = parseInt(field(124, 12).trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

const en = readExample('en');
const zh = readExample('zh');
const known = new Set([...en.blobs.keys(), ...en.layers.map((layer) => sha256(gunzipSync(layer.bytes)))]);
const byMediaType = (mediaType: string) =>
  [...en.blobs.values()].filter((blob) => blob.json?.mediaType === mediaType).map((blob) => blob.json!);

describe('the OCI example on the page', () => {
  it('shows five documents, two derived ones and two layers, the same bytes in both languages', () => {
    expect(en.documents).toHaveLength(5);
    expect(en.blobs.size).toBe(5 + 2 + 2 + 1);
    expect(en.layers.map((layer) => layer.name)).toEqual(['layer-1.tar.gz', 'layer-2.tar.gz']);
    expect(zh.documents).toEqual(en.documents);
    expect(zh.layers).toEqual(en.layers);
    expect([...zh.blobs.keys()].sort()).toEqual([...en.blobs.keys()].sort());
  });

  it('every descriptor names a blob on the page, with its exact size', () => {
    const descriptors = [...en.blobs.values()].flatMap((blob) => descriptorsIn(blob.json));
    expect(descriptors.length).toBeGreaterThanOrEqual(11);
    for (const descriptor of descriptors) {
      const blob = en.blobs.get(descriptor.digest);
      expect(blob, `no blob on the page hashes to ${descriptor.digest}`).toBeDefined();
      expect(blob!.bytes.length, `size of ${descriptor.digest}`).toBe(descriptor.size);
      if (blob!.json?.mediaType) expect(blob!.json.mediaType).toBe(descriptor.mediaType);
    }
  });

  it('every document but the artefact manifest (the root of its own graph) is reachable from a descriptor', () => {
    const referenced = new Set([...en.blobs.values()].flatMap((blob) => descriptorsIn(blob.json).map((d) => d.digest)));
    const roots = [...en.blobs.keys()].filter((digest) => en.blobs.get(digest)!.json && !referenced.has(digest));
    expect(roots.map((digest) => en.blobs.get(digest)!.json!.artifactType)).toEqual(['application/spdx+json']);
  });

  it('each manifest matches its index entry, and its config lists the DiffIDs of its layers in order', () => {
    const [index] = byMediaType('application/vnd.oci.image.index.v1+json');
    expect(index!.manifests).toHaveLength(2);
    for (const entry of index!.manifests as Descriptor[]) {
      const manifest = en.blobs.get(entry.digest)!.json!;
      const config = en.blobs.get(manifest.config.digest)!.json!;
      expect([config.os, config.architecture, config.variant]).toEqual([entry.platform!.os, entry.platform!.architecture, entry.platform!.variant]);
      const diffIds = (manifest.layers as Descriptor[]).map((layer) => sha256(gunzipSync(en.blobs.get(layer.digest)!.bytes)));
      expect(config.rootfs).toEqual({ type: 'layers', diff_ids: diffIds });
      expect(config.history).toHaveLength(diffIds.length);
    }
  });

  it('the layers hold the files and the whiteout the page describes', () => {
    const [first, second] = en.layers.map((layer) => tarEntries(gunzipSync(layer.bytes)));
    expect(first).toEqual(['hello.txt', 'notes/', 'notes/draft.txt']);
    expect(second).toEqual(['hello.txt', 'notes/', 'notes/.wh.draft.txt']);
  });

  it('the artefact is typed after its SBOM layer, uses the empty config and names the index as its subject', () => {
    const [artefact] = byMediaType('application/vnd.oci.image.manifest.v1+json').filter((doc) => doc.artifactType);
    expect(artefact!.config.mediaType).toBe('application/vnd.oci.empty.v1+json');
    expect(artefact!.layers.map((layer: Descriptor) => layer.mediaType)).toEqual([artefact!.artifactType]);
    expect(en.blobs.get(artefact!.layers[0].digest)!.json!.spdxVersion).toBe('SPDX-2.3');
    expect(en.blobs.get(artefact!.subject.digest)!.json!.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  });
});

describe('digests written anywhere on the page', () => {
  const diagram = JSON.parse(readFileSync('content/data/diagrams.json', 'utf8')).ociLayers;
  const texts = { en: en.source, zh: zh.source, diagram: JSON.stringify(diagram) };

  it.each([
    ['en', en.source],
    ['zh', zh.source],
  ])('every full digest in the %s page belongs to the example', (_, text) => {
    const full = [...text.matchAll(/sha256:[0-9a-f]{64}/g)].map((m) => m[0]);
    expect(full.length).toBeGreaterThan(0);
    for (const digest of full) expect(known, digest).toContain(digest);
  });

  it.each(Object.entries(texts))('every shortened digest in %s is the start of one', (_, text) => {
    const short = [...text.matchAll(/sha256:([0-9a-f]{8,63})…/g)].map((m) => m[1]!);
    expect(short.length).toBeGreaterThan(0);
    for (const prefix of short) expect([...known].some((digest) => digest.startsWith(`sha256:${prefix}`)), prefix).toBe(true);
  });

  it.each(['en', 'zh'] as const)('the object table (%s) gives each blob its real size, and the total adds up', (lang) => {
    const { source, blobs } = lang === 'en' ? en : zh;
    const rows = [...source.matchAll(/^\| [^|]+ \| ([\d,]+) \| `sha256:([0-9a-f]+)…` \|$/gm)];
    expect(rows).toHaveLength(7);
    let total = 0;
    for (const [, size, prefix] of rows) {
      const digest = [...blobs.keys()].find((d) => d.startsWith(`sha256:${prefix}`))!;
      expect(blobs.get(digest)!.bytes.length).toBe(Number(size!.replace(',', '')));
      total += Number(size!.replace(',', ''));
    }
    expect(source).toContain(total.toLocaleString('en-GB'));
  });

  it('the overlayfs diagram lists the files that are really in each layer, with the layer sizes', () => {
    for (const layer of diagram.layers.filter((l: { meta?: string }) => l.meta)) {
      const [, prefix, size] = /sha256:([0-9a-f]+)….*?(\d+) B/.exec(layer.meta)!;
      const blob = en.layers.find((l) => sha256(l.bytes).startsWith(`sha256:${prefix}`))!;
      expect(blob.bytes.length).toBe(Number(size));
      expect(layer.files.map((file: { path: string }) => file.path)).toEqual(tarEntries(gunzipSync(blob.bytes)));
    }
  });
});
