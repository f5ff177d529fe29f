// Prints icebird's view of an Iceberg table as JSON lines: the current schema, every snapshot, the live manifest
// entries of the current snapshot, then one line per row.
// Usage: node iceberg/read-icebird.mjs TABLE_URL   (TABLE_URL like file:/tmp/table)
// icebird fetches every file; file: URLs (with Range requests) are served from disk here.
import { open, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { icebergManifests, icebergMetadata, icebergRead } from 'icebird';

const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init = {}) => {
  const url = typeof input === 'string' ? input : input.url;
  if (!url.startsWith('file:')) return networkFetch(input, init);
  const path = fileURLToPath(new URL(url));
  let size;
  try {
    size = (await stat(path)).size;
  } catch {
    return new Response(null, { status: 404, statusText: `Not Found: ${path}` });
  }
  const headers = new Headers(init.headers);
  if (init.method === 'HEAD') return new Response(null, { status: 200, headers: { 'Content-Length': String(size) } });
  const range = headers.get('Range')?.match(/^bytes=(\d+)-(\d*)$/);
  const start = range ? Number(range[1]) : 0;
  const end = range && range[2] !== '' ? Math.min(Number(range[2]) + 1, size) : size;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    return new Response(buffer, { status: range ? 206 : 200, headers: { 'Content-Length': String(buffer.length) } });
  } finally {
    await handle.close();
  }
};

function toJson(value) {
  return JSON.stringify(value, (_, v) => {
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (v instanceof Date) return v.toISOString();
    if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
    return v;
  });
}

const tableUrl = process.argv[2];
if (!tableUrl) {
  console.error('usage: read-icebird.mjs TABLE_URL');
  process.exit(2);
}
const metadata = await icebergMetadata({ tableUrl });
const schema = metadata.schemas.find((s) => s['schema-id'] === metadata['current-schema-id']);
console.log(toJson({ kind: 'schema', schema }));
for (const snapshot of metadata.snapshots ?? []) console.log(toJson({ kind: 'snapshot', snapshot }));
for (const { url, entries } of await icebergManifests(metadata)) {
  for (const entry of entries) {
    const { data_file } = entry;
    console.log(toJson({
      kind: 'entry',
      manifest: url,
      status: entry.status,
      snapshot_id: entry.snapshot_id,
      sequence_number: entry.sequence_number,
      file_path: data_file.file_path,
      file_format: data_file.file_format,
      record_count: data_file.record_count,
      file_size_in_bytes: data_file.file_size_in_bytes,
      partition: data_file.partition,
    }));
  }
}
for (const row of await icebergRead({ tableUrl, metadata })) console.log(toJson({ kind: 'row', row }));
