import { AppFailure } from '../../../shared/app-error'
import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type {
  RollUpSelectionInput,
  RollUpView
} from '../../../shared/ipc/contracts/rollup-contract'
import { exportFileName } from '../../exports/csv-exports'
import { rollUpCsvTable } from '../csv/roll-up-csv'
import { rollUp } from '../engine'
import { fetchRollUp } from '../fetch'
import type { FetchedRollUp, RollUpSelection } from '../fetch'
import { iso, provenanceOf } from './instance-view'
import type { AttendanceUseCaseDeps } from './use-case-deps'

/** Many sessions at once: one recurring meeting, or a host's meetings by topic over months. */
export interface RollUpService {
  load(options: {
    selection: RollUpSelectionInput
    thresholdPercent?: number
    jobId?: string
  }): Promise<RollUpView>
  exportCsv(options: {
    selection: RollUpSelectionInput
    thresholdPercent: number
    timeZone: string | null
    layout: 'long' | 'matrix'
  }): Promise<ExportOutcome>
}

function sessionLabel(ref: { topic: string; meetingId: string; startTime: string | null }): string {
  const name = ref.topic || `Meeting ${ref.meetingId}`
  return ref.startTime ? `${name} on ${ref.startTime.slice(0, 10)}` : name
}

function toRollUpView(fetched: FetchedRollUp, at: Date): RollUpView {
  const matrix = rollUp(fetched.instances, 'matrix')
  if (matrix.layout !== 'matrix') throw new Error('A matrix roll-up was asked for.')
  const cached = new Map(fetched.instances.map((i) => [i.meeting.uuid, i.fromCache]))
  return {
    instances: matrix.instances.map((meeting, index) => ({
      uuid: meeting.uuid,
      topic: meeting.topic,
      start: iso(meeting.startMs),
      attended: matrix.rows.filter((row) => (row.minutes[index] ?? 1) > 0).length,
      provenance: provenanceOf(cached.get(meeting.uuid) === true, at)
    })),
    people: matrix.rows.map((row) => ({
      name: row.name,
      email: row.email,
      instancesAttended: row.instancesAttended,
      totalMinutes: row.totalMinutes,
      minutes: row.minutes
    })),
    failures: fetched.failures.map((failure) => ({
      session: sessionLabel(failure.meeting),
      error: failure.error
    })),
    skipped: fetched.skipped.length,
    cancelled: fetched.cancelled,
    stoppedBy: fetched.stoppedBy
  }
}

export function createRollUpService(deps: AttendanceUseCaseDeps): RollUpService {
  async function fetch(
    input: RollUpSelectionInput,
    thresholdPercent?: number,
    jobId?: string
  ): Promise<FetchedRollUp> {
    const { client, hostEmail, accountKey } = deps.connected()
    const selection: RollUpSelection =
      input.kind === 'recurring' ? input : { ...input, userId: input.userId ?? hostEmail ?? '' }
    if (selection.kind === 'topic' && !selection.userId) {
      throw new AppFailure({
        code: 'invalid-input',
        message: 'Choose whose meetings to combine first.',
        remedy: 'Enter a host email, or sign in as a host on the Accounts screen.'
      })
    }
    return deps.jobs.run(
      'Fetching sessions from Zoom',
      jobId,
      (job) =>
        fetchRollUp(client, selection, {
          signal: job.signal,
          thresholdPercent,
          cache: deps.cacheFor(accountKey),
          onProgress: (done, total) => job.progress(done, total)
        }),
      // Every session failing is a failed job; some failing still gives a roll-up.
      (fetched) =>
        fetched.failures.length > 0 && fetched.instances.length === 0 ? 'failed' : 'finished'
    )
  }

  return {
    async load(options) {
      const fetched = await fetch(options.selection, options.thresholdPercent, options.jobId)
      return toRollUpView(fetched, new Date())
    },
    async exportCsv(options) {
      const fetched = await fetch(options.selection, options.thresholdPercent)
      if (fetched.instances.length === 0) {
        throw new AppFailure({
          code: 'not-found',
          message: 'There is no attendance to export for these sessions.',
          remedy: 'Check the meeting ID or the dates, then try again.'
        })
      }
      const table = rollUpCsvTable(rollUp(fetched.instances, options.layout), {
        timeZone: options.timeZone ?? undefined
      })
      const first = fetched.instances[0]?.meeting
      const day = first?.startMs ? new Date(first.startMs).toISOString().slice(0, 10) : null
      return deps.exports.save(
        exportFileName(first?.topic ?? 'Meetings', day, `roll-up ${options.layout}`),
        table
      )
    }
  }
}
