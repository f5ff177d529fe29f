// Golden files with DATA_PAGE_V2 pages, which DuckDB never writes (its PARQUET_VERSION V2 changes the encodings but
// keeps version-1 data page headers). hyparquet-writer (installed with icebird, pinned by the lock file) writes only
// DATA_PAGE_V2 pages, snappy or uncompressed, flat columns; its dictionary, RLE booleans and REQUIRED columns too.
import { parquetWriteBuffer } from 'hyparquet-writer';

const rows = 500;

function column(name, type, valueOf, nullable = true) {
  return { name, type, nullable, data: Array.from({ length: rows }, (_, i) => valueOf(i)) };
}

function uuidBytes(i) {
  return Uint8Array.from({ length: 16 }, (_, k) => (i * 31 + k * 17) % 256);
}

const columnData = () => [
  column('id', 'INT64', i => BigInt(i), false),
  column('n', 'INT32', i => (i % 7 === 3 ? null : ((i * 7919) % 20011) - 10005)),
  column('x', 'DOUBLE', i => (i % 5 === 1 ? null : ((i * 7919) % 10007) / 8)),
  column('f', 'FLOAT', i => (i % 9 === 4 ? null : Math.fround(((i * 31) % 1000) / 3))),
  column('cat', 'STRING', i => (i % 4 === 2 ? null : `cat-${i % 5}`)),
  column('s', 'STRING', i => (i % 6 === 5 ? null : `row-${i}${i % 50 === 7 ? '-ü' : ''}`)),
  column('flag', 'BOOLEAN', i => (i % 8 === 0 ? null : i % 3 === 0)),
  column('u', 'UUID', i => (i % 10 === 9 ? null : uuidBytes(i))),
];

export const hyparquetWriterFixtures = [
  {
    name: 'dpv2_snappy',
    table: 'flat',
    codec: 'snappy',
    description: 'DATA_PAGE_V2 pages compressed with snappy: PLAIN, RLE_DICTIONARY and RLE (booleans), a REQUIRED column, nulls.',
    write: () => parquetWriteBuffer({ columnData: columnData(), compressed: true }),
  },
  {
    name: 'dpv2_uncompressed_rowgroups',
    table: 'flat',
    codec: 'uncompressed',
    description: 'DATA_PAGE_V2 pages, uncompressed, in row groups of 128 rows.',
    write: () => parquetWriteBuffer({ columnData: columnData(), compressed: false, rowGroupSize: 128 }),
  },
];
