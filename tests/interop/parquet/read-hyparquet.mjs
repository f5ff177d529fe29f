// Prints the rows of a Parquet file as hyparquet (with every codec of hyparquet-compressors) reads them, one
// canonical JSON object per line.
//   node parquet/read-hyparquet.mjs FILE [--columns a,b]
import { parseReaderArguments, run, writeRows } from './lib/cli.mjs';
import { canonicalRowsHyparquet } from './lib/hyparquet-rows.mjs';

run(async () => {
  const { file, columns } = parseReaderArguments('parquet/read-hyparquet.mjs');
  await writeRows(canonicalRowsHyparquet(file, columns));
});
