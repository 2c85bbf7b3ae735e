import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type { CreateUserAction } from '@shared/admin/user-input'
import type { InvokeOutput } from '@shared/ipc/contract'
import { request } from '../lib/bridge'
import { followJobProgress, newJobId } from './use-jobs-store'
import { useUsersStore } from './use-users-store'

/** Matches main's cap: a staff list is far smaller than 1 MB. */
export const maxCsvBytes = 1_000_000

type Preview = InvokeOutput<'users:bulk-preview'>
type Result = InvokeOutput<'users:bulk-create'>

interface BulkAddStore {
  fileName: string | null
  csvText: string | null
  preview: Preview | null
  result: Result | null
  busy: 'reading' | 'checking' | 'running' | null
  jobId: string | null
  error: AppError | null
  chooseFile(file: File): Promise<void>
  run(action: CreateUserAction): Promise<void>
  reset(): void
}

const fileError = (message: string, remedy: string): AppError => ({
  code: 'file',
  message,
  remedy
})

export const useBulkAddStore = create<BulkAddStore>((set, get) => ({
  fileName: null,
  csvText: null,
  preview: null,
  result: null,
  busy: null,
  jobId: null,
  error: null,
  chooseFile: async (file) => {
    set({ fileName: file.name, csvText: null, preview: null, result: null, error: null })
    if (file.size > maxCsvBytes) {
      return set({
        error: fileError(
          `${file.name} is larger than 1 MB.`,
          'Split it into smaller files, or remove columns Headcount does not need (keep email, first_name, last_name, type).'
        )
      })
    }
    set({ busy: 'reading' })
    let text: string
    try {
      text = await file.text()
    } catch {
      return set({
        busy: null,
        error: fileError(`${file.name} could not be read.`, 'Check the file is not open elsewhere.')
      })
    }
    set({ csvText: text, busy: 'checking' })
    // The dry run: main parses and checks every row; nothing is sent to Zoom's create call.
    const preview = await request((api) => api.users.bulkPreview({ csvText: text }))
    set({ busy: null })
    if (!preview.ok) return set({ error: preview.error })
    set({ preview: preview.data })
  },
  run: async (action) => {
    const { csvText, busy } = get()
    if (!csvText || busy) return
    followJobProgress()
    const jobId = newJobId()
    set({ busy: 'running', jobId, error: null, result: null })
    const result = await request((api) => api.users.bulkCreate({ csvText, action, jobId }))
    set({ busy: null, jobId: null })
    useUsersStore.getState().invalidate()
    if (!result.ok) return set({ error: result.error })
    set({ result: result.data })
  },
  reset: () =>
    set({ fileName: null, csvText: null, preview: null, result: null, error: null, jobId: null })
}))
