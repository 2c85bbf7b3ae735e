/**
 * Orders ids by a number each, ties by id. Packing value and id into one float and letting the
 * typed array sort natively is several times faster than a comparator for 100,000 people; when
 * the values span too far to pack exactly, a comparator sort is used instead.
 */
export function orderByValue(
  values: Float64Array,
  ids: Int32Array
): { ids: Int32Array; values: Float64Array } {
  const n = values.length
  let min = Infinity
  let max = -Infinity
  for (let k = 0; k < n; k++) {
    if (values[k] < min) min = values[k]
    if (values[k] > max) max = values[k]
  }
  const slots = 2 ** Math.ceil(Math.log2(n + 1))
  const packable = n > 0 && (Math.floor(max - min) + 1) * slots <= Number.MAX_SAFE_INTEGER
  const order = new Int32Array(n)
  if (packable) {
    const packed = new Float64Array(n)
    for (let k = 0; k < n; k++) packed[k] = Math.floor(values[k] - min) * slots + k
    packed.sort()
    for (let k = 0; k < n; k++) order[k] = packed[k] % slots
  } else {
    for (let k = 0; k < n; k++) order[k] = k
    order.sort((a, b) => values[a] - values[b] || a - b)
  }
  const sortedIds = new Int32Array(n)
  const sortedValues = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    sortedIds[k] = ids[order[k]]
    sortedValues[k] = values[order[k]]
  }
  return { ids: sortedIds, values: sortedValues }
}
