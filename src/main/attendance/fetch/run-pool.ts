/**
 * Runs `work` over the items with at most `concurrency` at a time. Once `stop()` is true (the
 * signal was aborted, or a failure means the rest would fail too) no new item starts; items
 * already running finish. The client paces requests itself; this only bounds how many
 * instances are in memory and in flight.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  stop: () => boolean,
  work: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length && !stop()) {
      const index = next++
      await work(items[index] as T, index)
    }
  }
  const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length))
  await Promise.all(Array.from({ length: lanes }, lane))
}
