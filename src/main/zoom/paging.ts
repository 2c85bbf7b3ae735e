import { badAnswerFailure, incompleteListFailure, isExpiredPageToken } from './errors'

/** Paging fields every Zoom list response carries. */
export interface PageFields {
  next_page_token?: string
  total_records?: number
}

export type PageFetcher<P> = (nextPageToken: string | undefined) => Promise<P>

/** Zoom's maximum; fewer pages means fewer Heavy calls. */
export const maxPageSize = 300

/**
 * Walks next_page_token until it is empty. The caller's fetcher must send the same query on
 * every page. Page tokens expire after 15 minutes: on code 300 the listing restarts once from
 * the first page and skips what it already yielded. A list shorter than total_records is an
 * error, never a silent truncation.
 */
export async function* paginate<P extends PageFields, T>(
  fetchPage: PageFetcher<P>,
  itemsOf: (page: P) => T[] | undefined
): AsyncGenerator<T, void, undefined> {
  let yielded = 0
  let restarted = false
  for (;;) {
    let token: string | undefined
    let position = 0
    let expected: number | undefined
    let isFirstPage = true
    let restart = false
    for (;;) {
      let page: P
      try {
        page = await fetchPage(token)
      } catch (error) {
        if (!isFirstPage && !restarted && isExpiredPageToken(error)) {
          restart = true
          break
        }
        throw error
      }
      if (isFirstPage && typeof page.total_records === 'number') expected = page.total_records
      isFirstPage = false
      for (const item of itemsOnPage(page, itemsOf)) {
        position += 1
        if (position <= yielded) continue
        yielded = position
        yield item
      }
      token = page.next_page_token || undefined
      if (token === undefined) break
    }
    if (restart) {
      restarted = true
      continue
    }
    if (expected !== undefined && position < expected)
      throw incompleteListFailure(position, expected)
    return
  }
}

/**
 * Every page must carry its list. A missing one is an empty list only when Zoom says the whole
 * list is empty; otherwise it is a bad answer, never a silent gap.
 */
function itemsOnPage<P extends PageFields, T>(page: P, itemsOf: (page: P) => T[] | undefined): T[] {
  if (typeof page !== 'object' || page === null) throw badAnswerFailure()
  const items = itemsOf(page)
  if (Array.isArray(items)) return items
  if (items === undefined && page.total_records === 0 && !page.next_page_token) return []
  throw badAnswerFailure()
}

/** A Zoom list: iterate it with `for await`, or collect it with toArray(). */
export class ZoomList<T> implements AsyncIterable<T> {
  constructor(private readonly open: () => AsyncIterator<T>) {}

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.open()
  }

  async toArray(): Promise<T[]> {
    const items: T[] = []
    for await (const item of this) items.push(item)
    return items
  }
}

export function pagedList<P extends PageFields, T>(
  fetchPage: PageFetcher<P>,
  itemsOf: (page: P) => T[] | undefined
): ZoomList<T> {
  return new ZoomList(() => paginate(fetchPage, itemsOf))
}
