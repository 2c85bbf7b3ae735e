/**
 * Case- and accent-insensitive sort key: `Émile` files under E, not after Z. Computed once per
 * item, because Intl.Collator per comparison is too slow for 100,000 rows.
 */
export function sortKey(value: string): string {
  const lower = value.toLowerCase()
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

interface Decorated<T> {
  item: T
  nameKey: string
  emailKey: string
  name: string
  email: string
}

function compareKeys<T>(a: Decorated<T>, b: Decorated<T>): number {
  return compareText(a.nameKey, b.nameKey) || compareText(a.emailKey, b.emailKey)
}

function compareExact<T>(a: Decorated<T>, b: Decorated<T>): number {
  return compareKeys(a, b) || compareText(a.name, b.name) || compareText(a.email, b.email)
}

/**
 * Sorts in place by Name, then Email, ignoring case and accents. By default exact text breaks
 * ties so the order never depends on input order; with `keepInputOrderOnTies` equal keys keep
 * their input order instead (the sort is stable), e.g. one person's rows in meeting order.
 */
export function sortByNameEmail<T>(
  items: T[],
  person: (item: T) => { name: string; email: string },
  keepInputOrderOnTies = false
): T[] {
  const decorated = items.map((item): Decorated<T> => {
    const { name, email } = person(item)
    return { item, nameKey: sortKey(name), emailKey: sortKey(email), name, email }
  })
  decorated.sort(keepInputOrderOnTies ? compareKeys : compareExact)
  for (let i = 0; i < decorated.length; i++) items[i] = decorated[i].item
  return items
}
