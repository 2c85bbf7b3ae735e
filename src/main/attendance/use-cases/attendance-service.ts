import type { InstanceAttendanceView } from '../../../shared/ipc/contracts/attendance-contract'
import { attendanceCsvRows } from '../csv/attendance-csv'
import { fetchInstanceAttendance } from '../fetch'
import type { FetchedInstanceAttendance } from '../fetch'
import type { MeetingServiceDeps } from './use-case-deps'
import type { ExportOutcome } from '../../exports/csv-exports'
import { exportFileName } from '../../exports/csv-exports'
import { toInstanceView } from './instance-view'

const steps = { meeting: 0, participants: 1, registrants: 2, done: 3 } as const

/**
 * Attendance for one meeting instance in the app. Ended meetings are kept on this computer
 * (per account), so reopening, changing the threshold or exporting needs no Zoom calls and
 * works offline; Refresh fetches again.
 */
export class AttendanceService {
  constructor(private readonly deps: MeetingServiceDeps) {}

  async load(options: {
    meeting: string
    thresholdPercent?: number
    refresh?: boolean
    jobId?: string
  }): Promise<InstanceAttendanceView> {
    const result = await this.fetch(options)
    return toInstanceView(result, { notes: result.notes, fromCache: result.fromCache })
  }

  async exportCsv(options: {
    meeting: string
    thresholdPercent: number
    timeZone: string | null
  }): Promise<ExportOutcome> {
    const result = await this.fetch({
      meeting: options.meeting,
      thresholdPercent: options.thresholdPercent
    })
    // Checked before the dialog, so a bad zone never costs the admin a trip through it.
    const table = attendanceCsvRows(result, { timeZone: options.timeZone ?? undefined })
    const day =
      result.meeting.startMs === null
        ? null
        : new Date(result.meeting.startMs).toISOString().slice(0, 10)
    return this.deps.exports.save(exportFileName(result.meeting.topic, day, 'attendance'), table)
  }

  private async fetch(options: {
    meeting: string
    thresholdPercent?: number
    refresh?: boolean
    jobId?: string
  }): Promise<FetchedInstanceAttendance> {
    const { client, accountKey } = this.deps.session.requireClient()
    const job = this.deps.jobs.start('Fetching attendance from Zoom', options.jobId)
    try {
      const result = await fetchInstanceAttendance(client, options.meeting, {
        signal: job.signal,
        thresholdPercent: options.thresholdPercent,
        cache: this.deps.cacheFor(accountKey, { refresh: options.refresh }),
        onProgress: (progress) => job.progress(steps[progress.step], steps.done)
      })
      job.finish('finished')
      return result
    } catch (error) {
      job.finish('failed')
      throw error
    }
  }
}
