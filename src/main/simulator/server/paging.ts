import { randomBytes } from 'node:crypto'
import { messages, zoomError } from './errors'

const tokenLifetimeMs = 15 * 60_000

interface PageCursor {
  listKey: string
  offset: number
  createdAt: number
}

export interface Page<T> {
  items: T[]
  next_page_token: string
  page_count: number
  page_size: number
  total_records: number
}

/** next_page_token bookkeeping: tokens are bound to one list query and expire after 15 min. */
export class PageTokenStore {
  private cursors = new Map<string, PageCursor>()

  constructor(private readonly now: () => number) {}

  /**
   * Slices one page. `listKey` identifies the query (endpoint, path id, filters) so a token
   * from one list cannot be replayed on another.
   */
  page<T>(listKey: string, all: readonly T[], query: Record<string, string | undefined>): Page<T> {
    const pageSize = parsePageSize(query.page_size)
    const token = query.next_page_token
    let offset = 0
    if (token) {
      const cursor = this.cursors.get(token)
      if (
        !cursor ||
        cursor.listKey !== listKey ||
        this.now() - cursor.createdAt > tokenLifetimeMs
      ) {
        throw zoomError(400, 300, messages.pageToken)
      }
      offset = cursor.offset
    }
    const items = all.slice(offset, offset + pageSize)
    const nextOffset = offset + items.length
    let next = ''
    if (nextOffset < all.length) {
      next = randomBytes(24).toString('base64url').slice(0, 32)
      this.cursors.set(next, { listKey, offset: nextOffset, createdAt: this.now() })
    }
    return {
      items,
      next_page_token: next,
      page_count: Math.ceil(all.length / pageSize),
      page_size: pageSize,
      total_records: all.length
    }
  }

  expireAll(): void {
    this.cursors = new Map()
  }
}

/** Zoom's default is 30 and it silently caps at 300. */
export function parsePageSize(raw: string | undefined): number {
  const value = Number(raw)
  if (!raw || !Number.isInteger(value) || value < 1) return 30
  return Math.min(value, 300)
}
