import { create } from 'zustand'
import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import type {
  AttendanceStatusName,
  InstanceAttendanceView
} from '@shared/ipc/contracts/attendance-contract'
import { defaultThresholdPercent } from '@shared/attendance/defaults'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import type { SortOrder } from '../features/attendance/person-filter'
import { newJobId } from './use-jobs-store'

export interface SelectedInstance {
  /** The instance UUID (or a meeting id for its latest instance). */
  ref: string
  topic: string
  startTime: string | null
}

/** One session's attendance, and how the admin filters, sorts and opens its rows. */
interface AttendanceStore {
  selected: SelectedInstance | null
  attendance: RequestState<InstanceAttendanceView>
  /** The job the latest load runs as, so its progress shows and it can be cancelled. */
  jobId: string | null
  /** The latest load asked Zoom for a fresh copy; the copy shown stays until it arrives. */
  refreshing: boolean
  threshold: number
  statuses: Set<AttendanceStatusName>
  search: string
  sort: SortOrder
  expanded: Set<string>
  select(instance: SelectedInstance): void
  load(options?: { refresh?: boolean }): Promise<void>
  /** Loads the shown session again (the archive changed), keeping it on screen meanwhile. */
  reload(): Promise<void>
  setThreshold(threshold: number): Promise<void>
  toggleStatus(status: AttendanceStatusName): void
  setSearch(search: string): void
  setSort(sort: SortOrder): void
  toggleExpanded(personId: string): void
}

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set)
  if (next.has(item)) next.delete(item)
  else next.add(item)
  return next
}

export const useAttendanceStore = create<AttendanceStore>((set, get) => {
  const attendance = storeSlot(set, get, 'attendance')
  return {
    selected: null,
    attendance: idleRequest(),
    jobId: null,
    refreshing: false,
    threshold: defaultThresholdPercent,
    statuses: new Set(attendanceStatuses),
    search: '',
    sort: { key: 'name', descending: false },
    expanded: new Set(),
    select: (instance) => {
      // The answer for the meeting shown before, if still on its way, is dropped.
      attendance.reset()
      set({ selected: instance, jobId: null, refreshing: false, expanded: new Set() })
    },
    load: async (options = {}) => {
      const { selected, threshold } = get()
      if (!selected) return
      const jobId = newJobId()
      set({ jobId, refreshing: options.refresh === true })
      await attendance.run((api) =>
        api.attendance.load({
          meeting: selected.ref,
          thresholdPercent: threshold,
          refresh: options.refresh,
          jobId
        })
      )
    },
    reload: async () => {
      if (get().attendance.data) await get().load()
    },
    setThreshold: async (threshold) => {
      set({ threshold })
      if (get().attendance.data) await get().load()
    },
    toggleStatus: (status) => set({ statuses: toggled(get().statuses, status) }),
    setSearch: (search) => set({ search }),
    setSort: (sort) => set({ sort }),
    toggleExpanded: (personId) => set({ expanded: toggled(get().expanded, personId) })
  }
})
