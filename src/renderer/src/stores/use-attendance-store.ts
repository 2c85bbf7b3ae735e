import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import { attendanceStatuses } from '@shared/ipc/contracts/attendance-contract'
import type {
  AttendanceStatusName,
  InstanceAttendanceView
} from '@shared/ipc/contracts/attendance-contract'
import { request } from '../lib/bridge'
import type { SortOrder } from '../features/attendance/person-filter'
import { newJobId } from './use-jobs-store'
import { defaultThresholdPercent } from '@shared/attendance/defaults'

export interface SelectedInstance {
  /** The instance UUID (or a meeting id for its latest instance). */
  ref: string
  topic: string
  startTime: string | null
}

interface AttendanceStore {
  selected: SelectedInstance | null
  data: InstanceAttendanceView | null
  threshold: number
  statuses: Set<AttendanceStatusName>
  search: string
  sort: SortOrder
  expanded: Set<string>
  jobId: string | null
  error: AppError | null
  exportNotice: { fileName: string; rows: number } | null
  select(instance: SelectedInstance): void
  load(options?: { refresh?: boolean }): Promise<void>
  setThreshold(threshold: number): Promise<void>
  toggleStatus(status: AttendanceStatusName): void
  setSearch(search: string): void
  sortBy(key: SortOrder['key']): void
  toggleExpanded(personId: string): void
  exportCsv(timeZone: string | null): Promise<void>
}

export const useAttendanceStore = create<AttendanceStore>((set, get) => ({
  selected: null,
  data: null,
  threshold: defaultThresholdPercent,
  statuses: new Set(attendanceStatuses),
  search: '',
  sort: { key: 'name', descending: false },
  expanded: new Set(),
  jobId: null,
  error: null,
  exportNotice: null,
  select: (instance) =>
    set({ selected: instance, data: null, error: null, exportNotice: null, expanded: new Set() }),
  load: async (options = {}) => {
    const { selected, threshold } = get()
    if (!selected) return
    const jobId = newJobId()
    set({ jobId, error: null })
    const result = await request((api) =>
      api.attendance.load({
        meeting: selected.ref,
        thresholdPercent: threshold,
        refresh: options.refresh,
        jobId
      })
    )
    // A newer request (or a cancel) may have replaced this one meanwhile.
    if (get().jobId !== jobId) return
    if (result.ok) set({ data: result.data, jobId: null })
    else set({ error: result.error, jobId: null })
  },
  setThreshold: async (threshold) => {
    set({ threshold })
    if (get().data) await get().load()
  },
  toggleStatus: (status) => {
    const statuses = new Set(get().statuses)
    if (statuses.has(status)) statuses.delete(status)
    else statuses.add(status)
    set({ statuses })
  },
  setSearch: (search) => set({ search }),
  sortBy: (key) => {
    const { sort } = get()
    set({ sort: { key, descending: sort.key === key ? !sort.descending : false } })
  },
  toggleExpanded: (personId) => {
    const expanded = new Set(get().expanded)
    if (expanded.has(personId)) expanded.delete(personId)
    else expanded.add(personId)
    set({ expanded })
  },
  exportCsv: async (timeZone) => {
    const { selected, threshold } = get()
    if (!selected) return
    set({ error: null, exportNotice: null })
    const result = await request((api) =>
      api.attendance.exportCsv({ meeting: selected.ref, thresholdPercent: threshold, timeZone })
    )
    if (!result.ok) set({ error: result.error })
    else if (result.data.saved && result.data.fileName)
      set({ exportNotice: { fileName: result.data.fileName, rows: result.data.rows } })
  }
}))
