// Prints the rows of a Parquet file as DuckDB reads them, one canonical JSON object per line.
//   node parquet/read-duckdb.mjs FILE [--columns a,b]
import { parseReaderArguments, run, writeRows } from './lib/cli.mjs';
import { canonicalRows, connectDuckDB, parquetQuery } from './lib/duckdb-rows.mjs';

run(async () => {
  const { file, columns } = parseReaderArguments('parquet/read-duckdb.mjs');
  const connection = await connectDuckDB();
  await writeRows(canonicalRows(connection, parquetQuery(file, columns)));
});
