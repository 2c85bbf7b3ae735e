import type {
  AccountId,
  Archive,
  ArchivedInstance,
  InstanceSummary,
  StoreInstanceInput
} from '../../archive'
import type { IdentityDecisions } from '../engine'
import { decisionsFromBook } from '../../identity/book-decisions'

/** Which archived instances to list: a host (email or Zoom user id), a series, days, a topic. */
export interface ArchiveListing {
  host?: string
  meetingId?: string
  /** Inclusive start, exclusive end, epoch ms on the instance start. */
  fromMs?: number
  toMs?: number
  /** Topic contains this text, ignoring case and accents. */
  topic?: string
}

/**
 * One account's part of the archive, as the attendance fetchers see it: they read an instance
 * here before asking Zoom, and keep what they fetched. It replaces the old JSON cache port.
 */
export interface InstanceArchive {
  /** The archived copy of one instance, exactly as Zoom sent its rows; null when not archived. */
  read(uuid: string): Promise<ArchivedInstance | null>
  /** The latest archived run of a meeting id (what a numeric id means when Zoom can't say). */
  latest(meetingId: string): Promise<ArchivedInstance | null>
  list(listing: ArchiveListing): Promise<InstanceSummary[]>
  /** Stores one fetched instance in one transaction; an older copy stays until this one is in. */
  keep(input: Omit<StoreInstanceInput, 'account'>): Promise<void>
  /** The account's identity book as the engine applies it (absent: no decisions). */
  decisions?(): Promise<IdentityDecisions>
}

const zoomUserId = /^[A-Za-z0-9_-]{1,64}$/

export function accountArchive(archive: Archive, account: AccountId): InstanceArchive {
  return {
    read: (uuid) => archive.readInstance(account, uuid),
    async latest(meetingId) {
      const [newest] = await archive.listInstances({ account, meetingId, limit: 1 })
      return newest ? archive.readInstance(account, newest.uuid) : null
    },
    async list({ host, ...rest }) {
      if (host === undefined) return archive.listInstances({ account, ...rest })
      const text = host.trim()
      // 'me' names the app's owner, whom the archive cannot know: nothing archived matches.
      if (text.includes('@')) return archive.listInstances({ account, hostEmail: text, ...rest })
      if (text.toLowerCase() === 'me' || !zoomUserId.test(text)) return []
      return archive.listInstances({ account, hostZoomId: text, ...rest })
    },
    async keep(input) {
      await archive.storeInstance({ ...input, account })
    },
    async decisions() {
      return decisionsFromBook(await archive.identityActions(account))
    }
  }
}
