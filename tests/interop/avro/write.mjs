// Writes an Avro object container file with avsc, for the reader under test to read back.
// Usage: node avro/write.mjs OUT CODEC [SHAPE]
//   CODEC: null | deflate | snappy
//   SHAPE: all-types (default; the schema of all-types.avsc, every Avro type, int/long extremes, NaN/Infinity,
//          non-ASCII strings, 300+ rows over several blocks) | manifest (manifest-entry.avsc, an Iceberg
//          manifest-shaped schema with field-id/element-id attributes)
// Custom metadata: format-version=2, partition-spec=<JSON>, opaque=00ff807f (not UTF-8).
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import { bigLong, codecs } from './avsc-support.mjs';

const [out, codec = 'null', shape = 'all-types'] = process.argv.slice(2);
if (!out || !(codec in codecs) || !['all-types', 'manifest'].includes(shape)) {
  console.error('usage: node avro/write.mjs OUT null|deflate|snappy [all-types|manifest]');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaFile = shape === 'manifest' ? 'manifest-entry.avsc' : 'all-types.avsc';
const schema = JSON.parse(fs.readFileSync(path.join(here, schemaFile), 'utf8'));

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

const digest = (seed) => Buffer.from(Array.from({ length: 16 }, (_, i) => (seed * 31 + i * 7) & 0xff));
const point = (x, y, id) => ({ x, y, inner: { id } });

function allTypesRows() {
  const rows = [
    {
      nothing: null, flag: true, small: 2147483647, big: 9223372036854775807n,
      ratio: 3.4028234663852886e38, measure: Number.MAX_VALUE,
      payload: Buffer.from([0, 1, 2, 254, 255]), label: 'Grüße, 世界 🚀', day: 19000, at: 1700000000123456,
      amount: Buffer.from([0x01, 0xe2, 0x40]), suit: 'HEARTS', digest: digest(1), tags: ['a', 'ß', ''],
      counts: { one: 1n, minimum: -9223372036854775808n }, point: point(1.5, -2.25, 7),
      maybe_label: 'present', maybe_big: -9007199254740993n, maybe_point: point(0, 0, 0), choice: 'text',
      points: [point(1, 2, 3), point(4, 5, 6)], nested: { first: [null, 'SPADES', 'CLUBS'], empty: [] },
      other_digest: digest(2), inner_again: { id: -1 },
    },
    {
      nothing: null, flag: false, small: -2147483648, big: -9223372036854775808n, ratio: NaN, measure: Infinity,
      payload: Buffer.alloc(0), label: '', day: -1, at: 0, amount: Buffer.from([0xff]), suit: 'CLUBS',
      digest: digest(3), tags: [], counts: {}, point: point(-0, 5e-324, 0), maybe_label: null, maybe_big: null,
      maybe_point: null, choice: 42, points: [], nested: {}, other_digest: digest(4), inner_again: { id: 2147483647 },
    },
    {
      nothing: null, flag: true, small: 0, big: 0n, ratio: -Infinity, measure: NaN, payload: Buffer.from('\n'),
      label: '\u0000 tab\t "quote" \\ é', day: 0, at: -1, amount: Buffer.alloc(0), suit: 'SPADES', digest: digest(5),
      tags: ['x'], counts: { 'ключ': 9007199254740993n }, point: point(1e-300, -1e300, -5), maybe_label: 'Ω',
      maybe_big: 9007199254740992n, maybe_point: point(2, 3, 4), choice: null, points: [point(7, 8, 9)],
      nested: { one: [null] }, other_digest: digest(6), inner_again: { id: 0 },
    },
  ];
  for (let i = 0; i < 300; i++) {
    rows.push({
      nothing: null, flag: i % 2 === 0, small: i * 7919 - 1000000, big: BigInt(i) * 1000000007n - 5n, ratio: i / 8,
      measure: i * 0.1, payload: Buffer.from([i & 0xff, (i >> 8) & 0xff]), label: `row ${i}`, day: 20000 + i,
      at: 1700000000000000 + i, amount: Buffer.from([i & 0x7f]), suit: ['SPADES', 'HEARTS', 'DIAMONDS', 'CLUBS'][i % 4],
      digest: digest(i), tags: [`t${i}`, `u${i}`], counts: { [`k${i}`]: BigInt(i) }, point: point(i, -i, i),
      maybe_label: i % 3 === 0 ? null : `maybe ${i}`, maybe_big: i % 5 === 0 ? null : BigInt(i) << 40n,
      maybe_point: i % 2 === 0 ? null : point(i, i, i), choice: i % 3 === 0 ? null : i % 3 === 1 ? `s${i}` : i,
      points: i % 4 === 0 ? [] : [point(i, 0, 1)], nested: { [`n${i}`]: i % 2 === 0 ? ['HEARTS'] : [null] },
      other_digest: digest(i + 1), inner_again: { id: i },
    });
  }
  return rows;
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
for (const row of shape === 'manifest' ? manifestRows() : allTypesRows()) encoder.write(row);
encoder.end();
await finished(sink);
