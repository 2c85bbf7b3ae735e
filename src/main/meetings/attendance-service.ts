import { AppFailure } from '../../shared/app-error'
import type { InstanceAttendanceView } from '../../shared/ipc/contracts/attendance-contract'
import type { AccountSession } from '../accounts/account-session'
import { attendanceCsvRows, computeInstanceAttendance } from '../attendance'
import { writeCsvFileAtomic } from '../csv'
import type { JobRegistry } from '../jobs/job-registry'
import type { FileDialogs } from '../platform/platform'
import { fetchInstanceInputs } from './fetch-instance-inputs'
import type { FetchedInputs } from './fetch-instance-inputs'
import { toInstanceView } from './instance-view'

interface Kept extends FetchedInputs {
  fetchedAt: string
}

function fileNameFor(topic: string, start: string | null): string {
  const day = start ? start.slice(0, 10) : 'undated'
  const safeTopic = topic
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 60)
  return `${safeTopic || 'Meeting'} ${day} attendance.csv`
}

/**
 * Attendance for one meeting instance in the app: fetched once (with progress and cancel),
 * kept for the session so changing the threshold or exporting needs no new Zoom calls.
 */
export class AttendanceService {
  private readonly kept = new Map<string, Kept>()
  private lastExport: string | null = null

  constructor(
    private readonly deps: {
      session: AccountSession
      jobs: JobRegistry
      dialogs: FileDialogs
      now?: () => Date
    }
  ) {}

  async load(options: {
    meeting: string
    thresholdPercent?: number
    refresh?: boolean
    jobId?: string
  }): Promise<InstanceAttendanceView> {
    const { accountKey } = this.deps.session.requireClient()
    const key = `${accountKey}\n${options.meeting}`
    let fromCache = true
    let kept = options.refresh ? undefined : this.kept.get(key)
    if (!kept) {
      kept = await this.fetch(options.meeting, options.jobId)
      this.kept.set(key, kept)
      fromCache = false
    }
    const result = computeInstanceAttendance({
      ...kept.input,
      thresholdPercent: options.thresholdPercent
    })
    return toInstanceView(result, { notes: kept.notes, fetchedAt: kept.fetchedAt, fromCache })
  }

  async exportCsv(options: {
    meeting: string
    thresholdPercent: number
    timeZone: string | null
  }): Promise<{ saved: boolean; fileName: string | null; rows: number }> {
    const { accountKey } = this.deps.session.requireClient()
    const key = `${accountKey}\n${options.meeting}`
    const kept = this.kept.get(key) ?? (await this.fetch(options.meeting))
    this.kept.set(key, kept)
    const result = computeInstanceAttendance({
      ...kept.input,
      thresholdPercent: options.thresholdPercent
    })
    // Checked before the dialog, so a bad zone never costs the admin a trip through it.
    const table = attendanceCsvRows(result, { timeZone: options.timeZone ?? undefined })
    const path = await this.deps.dialogs.chooseSaveLocation({
      defaultFileName: fileNameFor(
        result.meeting.topic,
        result.meeting.startMs === null ? null : new Date(result.meeting.startMs).toISOString()
      )
    })
    if (!path) return { saved: false, fileName: null, rows: 0 }
    await writeCsvFileAtomic(path, table)
    this.lastExport = path
    return { saved: true, fileName: path.split(/[\\/]/).pop() ?? path, rows: table.rows.length }
  }

  showLastExport(): boolean {
    if (!this.lastExport) return false
    this.deps.dialogs.showInFolder(this.lastExport)
    return true
  }

  private async fetch(meeting: string, jobId?: string): Promise<Kept> {
    const { client } = this.deps.session.requireClient()
    const job = this.deps.jobs.start('Fetching attendance from Zoom', jobId)
    try {
      job.progress(0, 1)
      const fetched = await fetchInstanceInputs(client, meeting, job.signal)
      job.progress(1, 1)
      job.finish('finished')
      return { ...fetched, fetchedAt: (this.deps.now?.() ?? new Date()).toISOString() }
    } catch (error) {
      job.finish('failed')
      if (job.signal.aborted)
        throw new AppFailure({ code: 'cancelled', message: 'Stopped before it finished.' })
      throw error
    }
  }
}
