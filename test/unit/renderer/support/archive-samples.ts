// Archive answers for the window's tests, checked against the contract's schemas.
import {
  archiveFailureSchema,
  archiveStatusSchema,
  syncSummarySchema
} from '@shared/ipc/contracts/archive-contract'
import type {
  ArchiveFailure,
  ArchiveStatus,
  SyncSummary
} from '@shared/ipc/contracts/archive-contract'
import type { JobProgress } from '@shared/ipc/contract'

export function syncSummary(patch: Partial<SyncSummary> = {}): SyncSummary {
  return syncSummarySchema.parse({
    hosts: 3,
    newInstances: 4,
    alreadyArchived: 22,
    goneFromZoom: 0,
    failed: [],
    cancelled: false,
    stoppedBy: null,
    finishedAt: '2026-11-03T14:02:00Z',
    ...patch
  })
}

export function archiveFailure(patch: Partial<ArchiveFailure> = {}): ArchiveFailure {
  return archiveFailureSchema.parse({
    uuid: 'fail-uuid==',
    meetingId: '82770614280',
    topic: 'Volunteer Onboarding',
    start: '2026-10-05T17:00:00Z',
    error: {
      code: 'report-not-ready',
      message: 'Zoom has not finished the report for this meeting yet.',
      remedy: 'Wait 30 minutes.'
    },
    attempts: 2,
    ...patch
  })
}

export function archiveStatus(patch: Partial<ArchiveStatus> = {}): ArchiveStatus {
  return archiveStatusSchema.parse({
    file: '/home/ada/.config/Headcount/headcount.sqlite',
    bytes: 14_200_000,
    notices: [],
    account: {
      instances: 26,
      participantRows: 1480,
      oldestStart: '2026-05-04T17:00:00Z',
      newestStart: '2026-11-02T17:00:00Z'
    },
    lastSync: null,
    failures: [],
    running: null,
    settings: { autoSync: true, everyHours: 6, retention: { keep: 'forever' } },
    ...patch
  })
}

export function syncProgress(
  jobId: string,
  done: number,
  total: number | null,
  state: JobProgress['state'] = 'running'
): JobProgress {
  return { jobId, label: 'Archiving', done, total, secondsLeft: 90, state }
}
