/** A GET list walked page by page: the same query (and page size) on every page, as Zoom wants. */
import { maxPageSize, pagedList } from '../paging'
import type { ZoomList } from '../paging'
import type { EndpointKey } from '../rate-categories'
import type { QueryValue, SendZoomRequest } from '../request'
import type { ZoomPage } from '../types'

export function pagedGet<T, K extends string>(
  send: SendZoomRequest,
  endpoint: EndpointKey,
  path: string,
  query: Record<string, QueryValue>,
  listKey: K,
  signal: AbortSignal | undefined
): ZoomList<T> {
  const fixed = { ...query, page_size: maxPageSize }
  return pagedList(
    (token) =>
      send<ZoomPage & { [key in K]?: T[] }>({
        endpoint,
        path,
        query: { ...fixed, next_page_token: token },
        signal
      }),
    (page) => page[listKey]
  )
}
