/**
 * Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV
 * injection) plus NUL (ASVS 1.2.10). Zoom display names are typed by whoever joins, so any text
 * cell may carry one.
 */
const formulaStart = /^[=+\-@\t\r\n\0]/

/** Text that starts like a formula gets a leading apostrophe so it is shown, never run. */
export function guardText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value
}

/** True when guardText would change the value. */
export function needsGuard(value: string): boolean {
  return formulaStart.test(value)
}
