const nonAscii = /[\u0080-\uffff]/
/** Anything beyond the Latin blocks (combining marks, Greek, Vietnamese, …) takes the full path. */
const needsDecomposition = /[\u0250-\uffff]/
const accentedLatin = /[\u00c0-\u024f]/g
const foldedLatin = new Map<string, string>()

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

function foldLatin(letter: string): string {
  let folded = foldedLatin.get(letter)
  if (folded === undefined) {
    folded = stripMarks(letter)
    foldedLatin.set(letter, folded)
  }
  return folded
}

/**
 * Case- and accent-insensitive sort key: `Émile` files under E, not after Z. Computed once per
 * item, because Intl.Collator per comparison is too slow for 100,000 rows; accented Latin
 * letters fold through a small memo, since full normalisation of every name is slow too.
 */
export function sortKey(value: string): string {
  return sortKeyOfLower(value.toLowerCase())
}

/** sortKey of text that is lower-case already (an email, a name in normalizeName form). */
export function sortKeyOfLower(lower: string): string {
  if (!nonAscii.test(lower)) return lower
  if (needsDecomposition.test(lower)) return stripMarks(lower)
  return lower.replace(accentedLatin, foldLatin)
}

/**
 * Sorts in place by Name, then Email, ignoring case and accents. By default exact text breaks
 * ties so the order never depends on input order; with `keepInputOrderOnTies` equal keys keep
 * their input order instead, e.g. one person's rows in meeting order.
 */
export function sortByNameEmail<T>(
  items: T[],
  person: (item: T) => { name: string; email: string },
  keepInputOrderOnTies = false,
  /** Each item's name and email already lower-cased (e.g. normalizeName), to skip that step. */
  lowered?: { names: readonly string[]; emails: readonly string[] }
): T[] {
  const count = items.length
  const nameKeys = new Array<string>(count)
  const emailKeys = new Array<string>(count)
  const names = new Array<string>(count)
  const emails = new Array<string>(count)
  const order = new Array<number>(count)
  for (let i = 0; i < count; i++) {
    const { name, email } = person(items[i])
    nameKeys[i] = lowered ? sortKeyOfLower(lowered.names[i]) : sortKey(name)
    emailKeys[i] = lowered ? sortKeyOfLower(lowered.emails[i]) : sortKey(email)
    names[i] = name
    emails[i] = email
    order[i] = i
  }
  // Sorting indexes over key columns avoids one wrapper object per item.
  order.sort((a, b) => {
    let x = nameKeys[a]
    let y = nameKeys[b]
    if (x !== y) return x < y ? -1 : 1
    x = emailKeys[a]
    y = emailKeys[b]
    if (x !== y) return x < y ? -1 : 1
    if (!keepInputOrderOnTies) {
      x = names[a]
      y = names[b]
      if (x !== y) return x < y ? -1 : 1
      x = emails[a]
      y = emails[b]
      if (x !== y) return x < y ? -1 : 1
    }
    return a - b
  })
  const sorted = order.map((i) => items[i])
  for (let i = 0; i < count; i++) items[i] = sorted[i]
  return items
}
