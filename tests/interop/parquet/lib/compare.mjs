// Line-by-line comparison of canonical row listings, described for a person reading a test failure.
import { toJsonText } from './canonical.mjs';

export async function collectLines(rows) {
  const lines = [];
  for await (const row of rows) lines.push(toJsonText(row));
  return lines;
}

/** Undefined when equal, otherwise what differs: the row counts and the first few differing rows. */
export function describeDifference(expected, actual, limit = 3) {
  const problems = [];
  if (expected.length !== actual.length) problems.push(`expected ${expected.length} rows, got ${actual.length}`);
  for (let i = 0; i < Math.min(expected.length, actual.length) && problems.length <= limit; i++) {
    if (expected[i] !== actual[i]) {
      problems.push(`row ${i}${differingFields(expected[i], actual[i])}:\n    expected ${expected[i]}\n    actual   ${actual[i]}`);
    }
  }
  return problems.length > 0 ? problems.join('\n  ') : undefined;
}

// ", fields a, b" naming the top-level fields whose text differs, when both lines are JSON objects.
function differingFields(expectedLine, actualLine) {
  try {
    const expected = JSON.parse(expectedLine);
    const actual = JSON.parse(actualLine);
    const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
      .filter(name => JSON.stringify(expected[name]) !== JSON.stringify(actual[name]));
    return names.length > 0 ? `, fields ${names.join(', ')}` : '';
  } catch {
    return '';
  }
}
