/**
 * Ids placed in time buckets (a counting sort: linear, no comparator), to ask "who left in
 * these two minutes?" once per person of a 100,000-row meeting. Buckets are 30 s wide, or wider
 * when times spread over weeks, so there are never many more buckets than ids.
 */
export interface TimeBuckets {
  fromMs: number
  bucketMs: number
  /** Entries of bucket b are starts[b] .. starts[b + 1] - 1. */
  starts: Int32Array
  ids: Int32Array
  values: Float64Array
}

export function timeBuckets(values: Float64Array, ids: Int32Array): TimeBuckets {
  const n = values.length
  let min = Infinity
  let max = -Infinity
  for (let k = 0; k < n; k++) {
    if (values[k] < min) min = values[k]
    if (values[k] > max) max = values[k]
  }
  if (n === 0) min = max = 0
  const bucketMs = Math.max(30_000, Math.ceil((max - min + 1) / (8 * n + 1024)))
  const count = Math.floor((max - min) / bucketMs) + 1
  const starts = new Int32Array(count + 1)
  for (let k = 0; k < n; k++) starts[Math.floor((values[k] - min) / bucketMs) + 1]++
  for (let b = 0; b < count; b++) starts[b + 1] += starts[b]
  const fill = starts.slice(0, count)
  const sortedIds = new Int32Array(n)
  const sortedValues = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    const at = fill[Math.floor((values[k] - min) / bucketMs)]++
    sortedIds[at] = ids[k]
    sortedValues[at] = values[k]
  }
  return { fromMs: min, bucketMs, starts, ids: sortedIds, values: sortedValues }
}

/**
 * The one id whose time lies in [from, to] and that fits `other` (as fits(id, other), or
 * fits(other, id) when `otherFirst`); -1 when none or several do. One fits function for every
 * query, so no closure is made per person.
 */
export function onlyFit(
  buckets: TimeBuckets,
  from: number,
  to: number,
  fits: (a: number, b: number) => boolean,
  other: number,
  otherFirst: boolean
): number {
  const { fromMs, bucketMs, starts, ids, values } = buckets
  const last = starts.length - 2
  const first = Math.max(0, Math.floor((from - fromMs) / bucketMs))
  const end = Math.min(last, Math.floor((to - fromMs) / bucketMs))
  let only = -1
  for (let b = first; b <= end; b++) {
    for (let k = starts[b]; k < starts[b + 1]; k++) {
      const value = values[k]
      if (value < from || value > to) continue
      if (!(otherFirst ? fits(other, ids[k]) : fits(ids[k], other))) continue
      if (only >= 0) return -1
      only = ids[k]
    }
  }
  return only
}
