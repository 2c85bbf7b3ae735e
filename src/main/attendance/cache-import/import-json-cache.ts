import { rm } from 'node:fs/promises'
import type { Archive, ArchiveNotice } from '../../archive'
import type { Logger } from '../../logging/logger'
import { readLegacyCache } from './legacy-cache'

export interface ImportedCache {
  /** Meetings brought into the archive. */
  meetings: number
  /** Profile folders of the old cache removed after the import. */
  removedFolders: string[]
  /** What to tell the admin in the archive's status; null when there was nothing to import. */
  notice: ArchiveNotice | null
}

/**
 * Moves the JSON meeting cache of earlier versions into the archive, once: each profile's
 * complete instances are stored, and only when every one of them is in are its files removed.
 * A failure leaves the files where they are, so the next start tries again; nothing is lost.
 */
export async function importJsonCache(options: {
  dir: string
  archive: Archive
  logger: Logger
}): Promise<ImportedCache> {
  const { archive, logger } = options
  const caches = await readLegacyCache(options.dir)
  let meetings = 0
  const removedFolders: string[] = []
  for (const cache of caches) {
    try {
      // Each instance in its own transaction, off the main thread.
      meetings += await archive.importInstances(cache.instances)
    } catch (error) {
      logger.warn('The old meeting cache could not be imported; its files are kept', {
        profileId: cache.profileId,
        error
      })
      continue
    }
    await rm(cache.folder, { recursive: true, force: true })
    removedFolders.push(cache.folder)
    logger.info('Old meeting cache imported into the archive', {
      profileId: cache.profileId,
      meetings: cache.instances.length,
      unusableFiles: cache.unusable
    })
  }
  return {
    meetings,
    removedFolders,
    notice: removedFolders.length > 0 ? noticeFor(meetings) : null
  }
}

function noticeFor(meetings: number): ArchiveNotice {
  const what = meetings === 1 ? '1 meeting' : `${meetings} meetings`
  return {
    kind: 'imported-cache',
    message: `${what} that Headcount kept from before ${meetings === 1 ? 'was' : 'were'} brought into the archive, so ${meetings === 1 ? 'it opens' : 'they open'} without Zoom. The old copies were removed.`
  }
}
