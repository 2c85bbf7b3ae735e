import type { ArchiveService } from '../../attendance/use-cases/archive-service'
import type { DomainHandlers } from '../router'

/** The attendance archive: status, Sync, settings, Back up, Restore, Forget, notices. */
export function createArchiveHandlers(archive: ArchiveService): DomainHandlers<'archive'> {
  return {
    'archive:get-status': () => archive.status(),
    'archive:sync': (input) => archive.sync(input),
    'archive:update-settings': async (patch) => archive.updateSettings(patch),
    'archive:back-up': () => archive.backUp(),
    'archive:restore': () => archive.restore(),
    'archive:forget-account': async ({ id }) => {
      await archive.forgetAccount(id)
      return { forgotten: true as const }
    },
    'archive:dismiss-notices': async () => {
      archive.dismissNotices()
      return { dismissed: true as const }
    }
  }
}
