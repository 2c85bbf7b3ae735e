/**
 * First characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV
 * injection): = + - @ TAB CR LF, plus NUL (ASVS 1.2.10) and the full-width ＝ ＋ － ＠ that some
 * spreadsheet apps normalise to their ASCII forms, also after leading blanks or invisible
 * characters (` =cmd|…`). Zoom display names are typed by whoever joins, so any text cell may
 * carry one.
 */
/**
 * Blanks and invisible characters spreadsheet apps skip before reading a formula: spaces, the
 * no-break and other Unicode spaces, zero-width characters, word joiners, soft hyphen and BOM.
 */
const leadingInvisible =
  /^[ \u00a0\u00ad\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f-\u2064\u3000\ufeff]+/

/** True when the first character, or the first visible one, starts a formula. */
export function needsGuard(value: string): boolean {
  if (startsFormula(value)) return true
  // Most cells start with a visible ASCII character: then there is nothing to skip.
  const first = value.charCodeAt(0) // NaN for '', which needs no guard either
  if (!(first === 0x20 || first >= 0xa0)) return false
  return startsFormula(value.replace(leadingInvisible, ''))
}

function startsFormula(value: string): boolean {
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // TAB
    case 0x0d: // CR
    case 0x0a: // LF
    case 0x00: // NUL
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return true
    default:
      return false
  }
}

/** Text that starts like a formula gets a leading apostrophe so it is shown, never run. */
export function guardText(value: string): string {
  return needsGuard(value) ? `'${value}` : value
}
