/**
 * The one parser of numeric flags: digits only (no sign, exponent or fraction, which `Number` would take), within
 * bounds that keep a value meaningful. Answers the number or the usage message.
 */
export function wholeNumberFlag(flag: string, text: string, min: number, max: number): number | string {
  const value = /^[0-9]+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  return value >= min && value <= max ? value : `--${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`;
}
