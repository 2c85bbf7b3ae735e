import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type { InstanceAttendanceView } from '../../../shared/ipc/contracts/attendance-contract'
import { exportFileName } from '../../exports/csv-exports'
import { attendanceCsvRows } from '../csv/attendance-csv'
import { fetchInstanceAttendance } from '../fetch'
import type { FetchedInstanceAttendance } from '../fetch'
import { provenanceOf, toInstanceView } from './instance-view'
import type { AttendanceUseCaseDeps } from './use-case-deps'

const steps = { meeting: 0, participants: 1, registrants: 2, done: 3 } as const

/**
 * Attendance for one meeting instance in the app. Ended meetings are kept on this computer
 * (per account), so reopening, changing the threshold or exporting needs no Zoom calls and
 * works offline; Refresh fetches again.
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
  }): Promise<ExportOutcome>
}

export function createAttendanceService(deps: AttendanceUseCaseDeps): AttendanceService {
  async function fetch(options: {
    meeting: string
    thresholdPercent?: number
    refresh?: boolean
    jobId?: string
  }): Promise<FetchedInstanceAttendance> {
    const { client, accountKey } = deps.connected()
    return deps.jobs.run('Fetching attendance from Zoom', options.jobId, (job) =>
      fetchInstanceAttendance(client, options.meeting, {
        signal: job.signal,
        thresholdPercent: options.thresholdPercent,
        cache: deps.cacheFor(accountKey, { refresh: options.refresh }),
        onProgress: (progress) => job.progress(steps[progress.step], steps.done)
      })
    )
  }

  return {
    async load(options) {
      const result = await fetch(options)
      return toInstanceView(result, {
        notes: result.notes,
        provenance: provenanceOf(result.fromCache, new Date())
      })
    },
    async exportCsv(options) {
      const result = await fetch({
        meeting: options.meeting,
        thresholdPercent: options.thresholdPercent
      })
      // Checked before the dialog, so a bad zone never costs the admin a trip through it.
      const table = attendanceCsvRows(result, { timeZone: options.timeZone ?? undefined })
      const day =
        result.meeting.startMs === null
          ? null
          : new Date(result.meeting.startMs).toISOString().slice(0, 10)
      return deps.exports.save(exportFileName(result.meeting.topic, day, 'attendance'), table)
    }
  }
}
