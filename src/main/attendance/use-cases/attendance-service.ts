import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type { InstanceAttendanceView } from '../../../shared/ipc/contracts/attendance-contract'
import { exportFileName } from '../../exports/csv-exports'
import type { JobHandle } from '../../jobs/job-registry'
import { attendanceCsvRows } from '../csv/attendance-csv'
import { accountArchive, readInstanceAttendance } from '../fetch'
import type { ReadInstanceAttendance } from '../fetch'
import { toInstanceView } from './instance-view'
import type { AttendanceUseCaseDeps } from './use-case-deps'

const steps = { meeting: 0, participants: 1, registrants: 2, done: 3 } as const

/**
 * Attendance for one meeting instance in the app, archive first: an archived meeting opens,
 * recomputes and exports with no Zoom call, also offline. Refresh fetches it again and replaces
 * the archived copy only once the new one is stored.
 */
export interface AttendanceService {
  load(options: {
    meeting: string
    thresholdPercent?: number
    refresh?: boolean
    jobId?: string
  }): Promise<InstanceAttendanceView>
  exportCsv(options: {
    meeting: string
    thresholdPercent: number
    timeZone: string | null
    jobId?: string
  }): Promise<ExportOutcome>
}

export function createAttendanceService(deps: AttendanceUseCaseDeps): AttendanceService {
  async function read(
    job: JobHandle,
    options: { meeting: string; thresholdPercent?: number; refresh?: boolean }
  ): Promise<ReadInstanceAttendance> {
    const { client, accountKey } = deps.connected()
    const archive = await deps.archive()
    return readInstanceAttendance(client, options.meeting, {
      signal: job.signal,
      thresholdPercent: options.thresholdPercent,
      refresh: options.refresh,
      archive: archive ? accountArchive(archive, accountKey) : undefined,
      onProgress: (progress) => job.progress(steps[progress.step], steps.done)
    })
  }
  const account = (): string => deps.connected().accountKey

  return {
    async load(options) {
      const result = await deps.jobs.run(
        'Reading attendance',
        options.jobId,
        (job) => read(job, options),
        { account: account() }
      )
      return toInstanceView(result)
    },
    exportCsv(options) {
      // One job from reading to the saved file, so the window can stop it, and a window that
      // reloads meanwhile still hears how it ended.
      return deps.jobs.run(
        'Exporting attendance',
        options.jobId,
        async (job) => {
          const result = await read(job, options)
          // Checked before the dialog, so a bad zone never costs the admin a trip through it.
          const table = attendanceCsvRows(result, { timeZone: options.timeZone ?? undefined })
          const day =
            result.meeting.startMs === null
              ? null
              : new Date(result.meeting.startMs).toISOString().slice(0, 10)
          return deps.exports.save(exportFileName(result.meeting.topic, day, 'attendance'), table, {
            signal: job.signal
          })
        },
        { account: account() }
      )
    }
  }
}
