import { queryPeople, type PersonQuery } from '../../../shared/attendance/person-query'
import type { ExportOutcome } from '../../../shared/ipc/contracts/common'
import type { InstanceAttendanceView } from '../../../shared/ipc/contracts/attendance-contract'
import { exportFileName } from '../../exports/csv-exports'
import { attendanceCsvRows } from '../csv/attendance-csv'
import { noShowsCsvRows } from '../csv/no-shows-csv'
import type { InstanceAttendance } from '../engine'
import { fetchInstanceAttendance } from '../fetch'
import type { FetchedInstanceAttendance } from '../fetch'
import { personRow, toInstanceView } from './instance-view'
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
    /** Only the people the window shows, in its order; everyone in name order without it. */
    shown?: PersonQuery
    list?: 'attendance' | 'no-shows'
  }): Promise<ExportOutcome>
}

/**
 * The people the window shows, found by running its query here on the same rows it was sent,
 * so the file can hold only what main itself computed, in the order the screen has.
 */
function shownOnly(result: InstanceAttendance, query: PersonQuery): InstanceAttendance {
  const byId = new Map(result.people.map((person) => [person.personId, person]))
  const order = queryPeople(result.people.map(personRow), query)
  return { ...result, people: order.flatMap((row) => byId.get(row.personId) ?? []) }
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
      return toInstanceView(result, { notes: result.notes, fromCache: result.fromCache })
    },
    async exportCsv(options) {
      const result = await fetch({
        meeting: options.meeting,
        thresholdPercent: options.thresholdPercent
      })
      const timeZone = { timeZone: options.timeZone ?? undefined }
      const noShows = options.list === 'no-shows'
      // Checked before the dialog, so a bad zone never costs the admin a trip through it.
      const table = noShows
        ? noShowsCsvRows(result, timeZone)
        : attendanceCsvRows(options.shown ? shownOnly(result, options.shown) : result, timeZone)
      const day =
        result.meeting.startMs === null
          ? null
          : new Date(result.meeting.startMs).toISOString().slice(0, 10)
      const what = noShows ? 'no-shows' : options.shown ? 'attendance shown' : 'attendance'
      return deps.exports.save(exportFileName(result.meeting.topic, day, what), table)
    }
  }
}
