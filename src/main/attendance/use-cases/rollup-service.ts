import { AppFailure } from '../../../shared/app-error'
import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type {
  RollUpSelectionInput,
  RollUpView
} from '../../../shared/ipc/contracts/rollup-contract'
import { exportFileName } from '../../exports/csv-exports'
import { rollUpCsvTable } from '../csv/roll-up-csv'
import type { JobHandle } from '../../jobs/job-registry'
import { rollUp } from '../engine'
import { accountArchive, fetchRollUp } from '../fetch'
import type { FetchedRollUp, RollUpSelection } from '../fetch'
import { iso } from './instance-view'
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
    jobId?: string
  }): Promise<ExportOutcome>
}

function sessionLabel(ref: { topic: string; meetingId: string; startTime: string | null }): string {
  const name = ref.topic || `Meeting ${ref.meetingId}`
  return ref.startTime ? `${name} on ${ref.startTime.slice(0, 10)}` : name
}

function toRollUpView(fetched: FetchedRollUp): RollUpView {
  const matrix = rollUp(fetched.instances, 'matrix')
  if (matrix.layout !== 'matrix') throw new Error('A matrix roll-up was asked for.')
  // The engine orders sessions by start; each keeps where its rows came from.
  const provenance = new Map(fetched.instances.map((i) => [i.meeting.uuid, i.provenance]))
  const fetchedNow = { kind: 'live' as const, fetchedAt: new Date().toISOString() }
  return {
    instances: matrix.instances.map((meeting, index) => ({
      uuid: meeting.uuid,
      topic: meeting.topic,
      start: iso(meeting.startMs),
      attended: matrix.rows.filter((row) => (row.minutes[index] ?? 1) > 0).length,
      provenance: provenance.get(meeting.uuid) ?? fetchedNow
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
    stoppedBy: fetched.stoppedBy,
    offline: fetched.offline,
    notes: fetched.notes
  }
}

export function createRollUpService(deps: AttendanceUseCaseDeps): RollUpService {
  async function read(
    job: JobHandle,
    input: RollUpSelectionInput,
    thresholdPercent?: number
  ): Promise<FetchedRollUp> {
    const { client, accountKey } = deps.connected()
    const archive = await deps.archive()
    return fetchRollUp(client, selectionFor(input), {
      signal: job.signal,
      thresholdPercent,
      archive: archive ? accountArchive(archive, accountKey) : undefined,
      now: deps.now,
      onProgress: (done, total) => job.progress(done, total)
    })
  }

  function selectionFor(input: RollUpSelectionInput): RollUpSelection {
    if (input.kind === 'recurring') return input
    const userId = input.userId ?? deps.connected().hostEmail ?? ''
    if (!userId) {
      throw new AppFailure({
        code: 'invalid-input',
        message: 'Choose whose meetings to combine first.',
        remedy: 'Enter a host email, or sign in as a host on the Accounts screen.'
      })
    }
    return { ...input, userId }
  }

  // Every session failing is a failed job; some failing still gives a roll-up.
  const outcome = (fetched: FetchedRollUp): 'finished' | 'failed' =>
    fetched.failures.length > 0 && fetched.instances.length === 0 ? 'failed' : 'finished'

  return {
    async load(options) {
      const fetched = await deps.jobs.run(
        'Reading sessions',
        options.jobId,
        (job) => read(job, options.selection, options.thresholdPercent),
        { account: deps.connected().accountKey, outcome }
      )
      return toRollUpView(fetched)
    },
    exportCsv(options) {
      return deps.jobs.run(
        'Exporting a roll-up',
        options.jobId,
        async (job) => {
          const fetched = await read(job, options.selection, options.thresholdPercent)
          if (fetched.cancelled) {
            throw new AppFailure({ code: 'cancelled', message: 'Stopped before it finished.' })
          }
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
            table,
            { signal: job.signal }
          )
        },
        { account: deps.connected().accountKey }
      )
    }
  }
}
