/**
 * The one comparison every sortable list uses, in the window and in main alike (so an export
 * sorts exactly as the screen): numbers by value, text in a fixed language order ignoring case
 * and accents, and blanks (null) after everything.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export function compareValues(x: string | number | null, y: string | number | null): number {
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  if (typeof x === 'number' && typeof y === 'number') return x - y
  return collator.compare(String(x), String(y))
}

export function compareText(x: string, y: string): number {
  return collator.compare(x, y)
}
