/**
 * Hears main's archive events once per bridge, for the whole window: a sync that starts (also
 * one started automatically) and ends, and changes to what is archived. A change reloads what
 * the Archive screen shows and every view holding archived data (one session's attendance, the
 * past meetings list, a roll-up). Changes that arrive during a sync are gathered and reloaded
 * once, when the sync ends, so a long sync does not reload the screen over and over.
 */
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import { bridge } from '../lib/bridge'
import { useArchiveStore } from './use-archive-store'
import { useAttendanceStore } from './use-attendance-store'
import { useMeetingsStore } from './use-meetings-store'
import { useReviewStore } from './use-review-store'
import { useRollUpStore } from './use-rollup-store'

let followed: HeadcountApi | null = null
let reloadWhenSyncEnds = false
let stopWatchingSync: (() => void) | null = null

function reloadArchivedViews(): void {
  void useAttendanceStore.getState().reload()
  void useMeetingsStore.getState().reloadPast()
  void useRollUpStore.getState().rerun()
  // The questions and the "Needs review" badges follow the archive and the identity book.
  if (useReviewStore.getState().queue.data) void useReviewStore.getState().load()
}

export function followArchive(): void {
  const api = bridge()
  if (!api || followed === api) return
  followed = api
  reloadWhenSyncEnds = false
  api.archive.onSyncStarted(({ jobId, automatic }) =>
    useArchiveStore.getState().syncStarted({ jobId, automatic })
  )
  api.jobs.onProgress((progress) => {
    if (progress.state !== 'running') void useArchiveStore.getState().syncEnded(progress.jobId)
  })
  api.archive.onChanged(() => {
    const archive = useArchiveStore.getState()
    if (archive.running) {
      reloadWhenSyncEnds = true
      return
    }
    void archive.load()
    reloadArchivedViews()
  })
  stopWatchingSync?.()
  stopWatchingSync = useArchiveStore.subscribe((now, before) => {
    if (before.running && !now.running && reloadWhenSyncEnds) {
      reloadWhenSyncEnds = false
      reloadArchivedViews()
    }
  })
}
