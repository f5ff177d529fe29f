// Command-line plumbing shared by the reader scripts: `FILE [--columns a,b]`, canonical rows to standard output.
import { once } from 'node:events';
import { toJsonText } from './canonical.mjs';

export function parseReaderArguments(script, argv = process.argv.slice(2)) {
  const usage = `usage: node ${script} FILE [--columns a,b]`;
  let file;
  let columns;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--columns') {
      if (i + 1 >= argv.length) fail(usage);
      columns = argv[++i].split(',').map(c => c.trim()).filter(c => c.length > 0);
    } else if (file === undefined && !argv[i].startsWith('--')) {
      file = argv[i];
    } else {
      fail(usage);
    }
  }
  if (file === undefined) fail(usage);
  return { file, columns };
}

/** Writes each row as one line of canonical JSON, respecting the stream's back-pressure. */
export async function writeRows(rows, output = process.stdout) {
  for await (const row of rows) {
    if (!output.write(`${toJsonText(row)}\n`)) await once(output, 'drain');
  }
}

/** Runs a script's main function; any error ends the process with its message and exit code 1. */
export function run(main) {
  main().catch(error => fail(error?.message ?? String(error)));
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
