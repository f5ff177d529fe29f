// Writes an Iceberg manifest with avsc (manifest-entry.avsc: an Iceberg manifest-shaped schema with
// field-id/element-id attributes), for the reader under test to read back.
// Usage: node avro/write.mjs OUT CODEC
//   CODEC: null | deflate | snappy
// Custom metadata: format-version=2, partition-spec=<JSON>, opaque=00ff807f (not UTF-8).
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import { bigLong, codecs } from './avsc-support.mjs';

const [out, codec = 'null'] = process.argv.slice(2);
if (!out || !(codec in codecs)) {
  console.error('usage: node avro/write.mjs OUT null|deflate|snappy');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.join(here, 'manifest-entry.avsc'), 'utf8'));

/**
 * Swaps plain longs for the BigInt long so that values beyond 2^53 can be written. Schema objects with attributes
 * stay as they are (their values stay below 2^53), so the header keeps every attribute.
 */
function withBigLongs(s) {
  if (s === 'long') return bigLong;
  if (Array.isArray(s)) return s.map(withBigLongs);
  if (!s || typeof s !== 'object') return s;
  if (s.type === 'long' && Object.keys(s).length === 1) return bigLong;
  const copy = { ...s };
  if (s.type === 'record' || s.type === 'error') copy.fields = s.fields.map((f) => ({ ...f, type: withBigLongs(f.type) }));
  if (s.type === 'array') copy.items = withBigLongs(s.items);
  if (s.type === 'map') copy.values = withBigLongs(s.values);
  return copy;
}

function manifestRows() {
  const rows = [];
  for (let i = 0; i < 5; i++) {
    rows.push({
      status: i % 3, snapshot_id: 6543210987654321098n + BigInt(i), sequence_number: i === 0 ? null : BigInt(i),
      file_sequence_number: BigInt(i),
      data_file: {
        content: 0,
        file_path: `s3://warehouse/quantum_features/vqe_results/data/processing_date=2026-11-2${i}/basis_set=sto3g/0000${i}-0.parquet`,
        file_format: 'PARQUET',
        partition: { processing_date: 20412 + i, basis_set: i === 4 ? null : 'sto3g' },
        record_count: BigInt(1000 + i), file_size_in_bytes: BigInt(56789 * (i + 1)),
        column_sizes: [{ key: 1, value: 100n }, { key: 2, value: 2000n + BigInt(i) }],
        value_counts: i === 2 ? null : [{ key: 1, value: 1000n }],
        lower_bounds: [{ key: 1, value: Buffer.from([0x4c, 0x4f, 0, 0]) }],
        key_metadata: i === 1 ? Buffer.from([1, 2, 3]) : null,
        split_offsets: [4n, BigInt(1 << 20)],
        sort_order_id: i === 3 ? null : 0,
      },
    });
  }
  return rows;
}

const metadata = {
  'format-version': Buffer.from('2'),
  'partition-spec': Buffer.from('[{"name":"processing_date","transform":"identity","source-id":1,"field-id":1000}]'),
  opaque: Buffer.from([0x00, 0xff, 0x80, 0x7f]),
};
const encoder = new avro.streams.BlockEncoder(withBigLongs(schema), { codec, codecs, metadata, blockSize: 2048 });
const sink = fs.createWriteStream(out);
encoder.pipe(sink);
for (const row of manifestRows()) encoder.write(row);
encoder.end();
await finished(sink);
