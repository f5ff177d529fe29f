// Prints what DuckDB reads from a Parquet file's footer as one JSON document: created_by, the schema (physical,
// converted and logical types, field ids), and per row group every column chunk's codec, encodings, offsets, sizes
// and statistics (min/max as DuckDB renders them, null count).
//   node parquet/describe-duckdb.mjs FILE
import { run } from './lib/cli.mjs';
import { connectDuckDB } from './lib/duckdb-rows.mjs';
import { describeWithDuckDB } from './lib/duckdb-metadata.mjs';

run(async () => {
  const [file, ...rest] = process.argv.slice(2);
  if (file === undefined || rest.length > 0) throw new Error('usage: node parquet/describe-duckdb.mjs FILE');
  const connection = await connectDuckDB();
  process.stdout.write(`${JSON.stringify(await describeWithDuckDB(connection, file), null, 2)}\n`);
});
