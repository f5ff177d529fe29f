// The canonical JSON form of Parquet values (see tests/interop/README.md). Every reader maps its own value
// representation onto these functions, so two readers agree exactly when their rows serialize to the same text.

/** A row or struct: field names in schema order (a Map keeps integer-like names in place, unlike an object). */
export class Fields extends Map {}

export function formatInt64(value) {
  return BigInt(value).toString();
}

/** A double as ECMAScript's Number::toString prints it (shortest round-trip digits), and "-0" for negative zero. */
export function formatDouble(value) {
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

/** A float32 value (widened to a JS number) as its shortest float32 round-trip digits, in the same layout as doubles. */
export function formatFloat(value) {
  if (!Number.isFinite(value) || value === 0) return formatDouble(value);
  if (Math.fround(value) !== value) throw new Error(`${value} is not a float32 value`);
  for (let digits = 1; digits <= 9; digits++) {
    const best = closestRoundTrip(value, digits);
    // Fewer than 16 significant digits survive the trip through a double, so this prints exactly those digits.
    if (best !== undefined) return String(best);
  }
  throw new Error(`no float32 round-trip representation of ${value}`);
}

// Of the decimals with `digits` significant digits next to the value, the closest one that reads back as the same float32.
function closestRoundTrip(value, digits) {
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  const scaled = BigInt(mantissa.replace('.', ''));
  const power = Number(exponent) - (digits - 1);
  let best;
  for (const candidate of [scaled - 1n, scaled, scaled + 1n]) {
    const number = Number(`${candidate}e${power}`);
    if (Math.fround(number) !== value) continue;
    if (best === undefined || Math.abs(number - value) < Math.abs(best - value)) best = number;
  }
  return best;
}

/** An unscaled integer and a scale as a decimal string with exactly `scale` fractional digits: (-1230, 2) → "-12.30". */
export function formatDecimal(unscaled, scale) {
  const value = BigInt(unscaled);
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, '0');
  const sign = value < 0n ? '-' : '';
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}

export function formatHex(bytes) {
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function formatUuid(bytes) {
  if (bytes.length !== 16) throw new Error(`a UUID has 16 bytes, not ${bytes.length}`);
  const hex = formatHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Days since 1970-01-01 as "yyyy-MM-dd" (proleptic Gregorian calendar, years 0001 to 9999). */
export function formatDate(days) {
  const { year, month, day } = civilFromDays(Number(days));
  if (year < 1 || year > 9999) throw new Error(`date ${days} days from 1970-01-01 is outside years 0001-9999`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const TIMESTAMP_UNITS = { MILLIS: 1_000n, MICROS: 1_000_000n, NANOS: 1_000_000_000n, SECONDS: 1n };

/**
 * A count of `unit`s since 1970-01-01T00:00:00 as "yyyy-MM-ddTHH:mm:ss.ffffff" (nine fractional digits for NANOS),
 * with a "Z" suffix when the value is adjusted to UTC.
 */
export function formatTimestamp(count, unit, adjustedToUtc) {
  const perSecond = TIMESTAMP_UNITS[unit];
  if (perSecond === undefined) throw new Error(`unknown timestamp unit ${unit}`);
  const perDay = 86_400n * perSecond;
  const value = BigInt(count);
  let days = value / perDay;
  let rest = value % perDay;
  if (rest < 0n) {
    days -= 1n;
    rest += perDay;
  }
  const seconds = rest / perSecond;
  const fraction = rest % perSecond;
  const fractionDigits = unit === 'NANOS' ? 9 : 6;
  const fractionText = (unit === 'NANOS' ? fraction : fraction * (1_000_000n / perSecond)).toString().padStart(fractionDigits, '0');
  const hh = pad(Number(seconds / 3600n), 2);
  const mm = pad(Number((seconds / 60n) % 60n), 2);
  const ss = pad(Number(seconds % 60n), 2);
  return `${formatDate(days)}T${hh}:${mm}:${ss}.${fractionText}${adjustedToUtc ? 'Z' : ''}`;
}

/** Serializes a canonical value: null, boolean, safe integer, string, array or Fields. */
export function toJsonText(value) {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical numbers are integers below 2^53, not ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value instanceof Fields) {
    return `{${Array.from(value, ([name, field]) => `${JSON.stringify(name)}:${toJsonText(field)}`).join(',')}}`;
  }
  throw new Error(`not a canonical value: ${String(value)}`);
}

function pad(number, width) {
  return String(number).padStart(width, '0');
}

// Days since the epoch to a civil date (the well-known era-based algorithm for the proleptic Gregorian calendar).
function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
