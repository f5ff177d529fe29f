// Prints the page headers of every column chunk of a Parquet file (read with hyparquet's header parser) as JSON:
// per row group and column, each page's type (DICTIONARY_PAGE, DATA_PAGE, DATA_PAGE_V2), encoding and value count.
//   node parquet/describe-pages.mjs FILE
import { run } from './lib/cli.mjs';
import { describePages } from './lib/page-headers.mjs';

run(async () => {
  const [file, ...rest] = process.argv.slice(2);
  if (file === undefined || rest.length > 0) throw new Error('usage: node parquet/describe-pages.mjs FILE');
  process.stdout.write(`${JSON.stringify(describePages(file), null, 2)}\n`);
});
