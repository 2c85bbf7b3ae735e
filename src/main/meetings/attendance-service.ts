import type { InstanceAttendanceView } from '../../shared/ipc/contracts/attendance-contract'
import type { AccountSession } from '../accounts/account-session'
import { attendanceCsvRows } from '../attendance'
import { writeCsvFileAtomic } from '../csv'
import type { JobRegistry } from '../jobs/job-registry'
import type { FileDialogs } from '../platform/platform'
import { fetchInstanceAttendance, meetingCacheHook } from '../services'
import type { AttendanceCache, FetchedInstanceAttendance } from '../services'
import type { MeetingCache } from '../storage'
import { toInstanceView } from './instance-view'
import { memoryAttendanceCache } from './memory-attendance-cache'

const steps = { meeting: 0, participants: 1, registrants: 2, done: 3 } as const

function fileNameFor(topic: string, startMs: number | null): string {
  const day = startMs === null ? 'undated' : new Date(startMs).toISOString().slice(0, 10)
  const safeTopic = topic
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 60)
  return `${safeTopic || 'Meeting'} ${day} attendance.csv`
}

/**
 * Attendance for one meeting instance in the app. Ended meetings are kept on this computer
 * (per account), so reopening, changing the threshold or exporting needs no Zoom calls and
 * works offline; Refresh fetches again.
 */
export class AttendanceService {
  private readonly demoCache = memoryAttendanceCache()
  private lastExport: string | null = null

  constructor(
    private readonly deps: {
      session: AccountSession
      jobs: JobRegistry
      dialogs: FileDialogs
      cache: MeetingCache
    }
  ) {}

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
  }): Promise<{ saved: boolean; fileName: string | null; rows: number }> {
    const result = await this.fetch({
      meeting: options.meeting,
      thresholdPercent: options.thresholdPercent
    })
    // Checked before the dialog, so a bad zone never costs the admin a trip through it.
    const table = attendanceCsvRows(result, { timeZone: options.timeZone ?? undefined })
    const path = await this.deps.dialogs.chooseSaveLocation({
      defaultFileName: fileNameFor(result.meeting.topic, result.meeting.startMs)
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

  private cacheFor(accountKey: string, refresh: boolean): AttendanceCache {
    const cache =
      accountKey === 'demo' ? this.demoCache : meetingCacheHook(this.deps.cache, accountKey)
    // Refresh skips what was kept but still keeps the fresh copy.
    return refresh ? { get: async () => null, put: (key, data) => cache.put(key, data) } : cache
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
        cache: this.cacheFor(accountKey, options.refresh === true),
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
