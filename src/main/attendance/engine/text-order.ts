const nonAscii = /[\u0080-\uffff]/
/**
 * Anything beyond the Latin blocks (combining marks, Greek, Vietnamese, kana, Hangul, …) takes
 * the full path; CJK ideographs have no decomposition, so Chinese and Japanese kanji names skip it.
 */
const needsDecomposition = /[\u0250-\u33ff\u4dc0-\u4dff\ua000-\uffff]/
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
  for (let i = 0; i < count; i++) {
    const { name, email } = person(items[i])
    nameKeys[i] = lowered ? sortKeyOfLower(lowered.names[i]) : sortKey(name)
    emailKeys[i] = lowered ? sortKeyOfLower(lowered.emails[i]) : sortKey(email)
    names[i] = name
    emails[i] = email
  }
  const { order, ranks } = orderByName(nameKeys)
  // People who share a name key (rare in real meetings) are ordered by the rest.
  const tie = (a: number, b: number): number => {
    let x = emailKeys[a]
    let y = emailKeys[b]
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
  }
  for (let start = 0, k = 1; k <= count; k++) {
    if (k < count && ranks[order[k]] === ranks[order[start]]) continue
    if (k - start > 1) {
      const run = order.slice(start, k).sort(tie)
      for (let j = 0; j < run.length; j++) order[start + j] = run[j]
    }
    start = k
  }
  const sorted = order.map((i) => items[i])
  for (let i = 0; i < count; i++) items[i] = sorted[i]
  return items
}

/**
 * Item indexes ordered by name key, ties by index, and each item's rank among the distinct keys.
 * Each distinct key is sorted once, natively, and the items then by (rank, index) packed into
 * one number: far cheaper than a comparator per pair when 100,000 rows share a few thousand
 * names.
 */
function orderByName(keys: readonly string[]): { order: number[]; ranks: Int32Array } {
  const count = keys.length
  const idOf = new Map<string, number>()
  const distinct: string[] = []
  const ranks = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    let id = idOf.get(keys[i])
    if (id === undefined) {
      id = distinct.length
      idOf.set(keys[i], id)
      distinct.push(keys[i])
    }
    ranks[i] = id
  }
  // The default sort compares UTF-16 code units, like < does.
  distinct.sort()
  const rankOfId = new Int32Array(distinct.length)
  for (let r = 0; r < distinct.length; r++) rankOfId[idOf.get(distinct[r]) as number] = r
  for (let i = 0; i < count; i++) ranks[i] = rankOfId[ranks[i]]
  const slots = 2 ** Math.ceil(Math.log2(count + 1))
  const order = new Array<number>(count)
  if (distinct.length * slots > Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < count; i++) order[i] = i
    order.sort((a, b) => ranks[a] - ranks[b] || a - b)
    return { order, ranks }
  }
  const packed = new Float64Array(count)
  for (let i = 0; i < count; i++) packed[i] = ranks[i] * slots + i
  packed.sort()
  for (let k = 0; k < count; k++) {
    const value = packed[k]
    order[k] = value - Math.floor(value / slots) * slots
  }
  return { order, ranks }
}
