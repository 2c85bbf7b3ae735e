// One collator for the whole app: building it per comparison is what makes sorting slow.
const collator = new Intl.Collator('en', { sensitivity: 'base' })

/** Case-insensitive order by name, then email; exact text breaks ties so the order is stable. */
export function compareNameEmail(
  a: { name: string; email: string },
  b: { name: string; email: string }
): number {
  return (
    collator.compare(a.name, b.name) ||
    collator.compare(a.email, b.email) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.email < b.email ? -1 : a.email > b.email ? 1 : 0)
  )
}
