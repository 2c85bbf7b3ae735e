import { create } from 'zustand'
import type { AppError } from '@shared/app-error'
import type { CreateUserAction } from '@shared/admin/user-input'
import type { InvokeOutput } from '@shared/ipc/contract'
import { idleRequest, storeSlot } from '../lib/request-state'
import type { RequestState } from '../lib/request-state'
import { followJobProgress, newJobId } from './use-jobs-store'
import { useUsersStore } from './use-users-store'

/** Matches main's cap: a staff list is far smaller than 1 MB. */
export const maxCsvBytes = 1_000_000

type Preview = InvokeOutput<'users:bulk-preview'>
type Outcome = InvokeOutput<'users:bulk-create'>

/** The file's text together with main's dry run of it, so the real run sends what was checked. */
export interface CheckedFile {
  csvText: string
  preview: Preview
}

/** Adding many users from a CSV file: the dry run first, then the real run. */
interface BulkAddStore {
  fileName: string | null
  checked: RequestState<CheckedFile>
  outcome: RequestState<Outcome>
  jobId: string | null
  chooseFile(file: File): Promise<void>
  run(action: CreateUserAction): Promise<void>
  reset(): void
}

const fileError = (message: string, remedy: string): AppError => ({
  code: 'file',
  message,
  remedy
})

export const useBulkAddStore = create<BulkAddStore>((set, get) => {
  const checked = storeSlot(set, get, 'checked')
  const outcome = storeSlot(set, get, 'outcome')
  return {
    fileName: null,
    checked: idleRequest(),
    outcome: idleRequest(),
    jobId: null,
    chooseFile: async (file) => {
      outcome.reset()
      set({ fileName: file.name })
      if (file.size > maxCsvBytes) {
        checked.reset()
        return checked.fail(
          fileError(
            `${file.name} is larger than 1 MB.`,
            'Split it into smaller files, or remove columns Headcount does not need (keep email, first_name, last_name, type).'
          )
        )
      }
      await checked.run(
        async (api) => {
          let csvText: string
          try {
            csvText = await file.text()
          } catch {
            return {
              ok: false,
              error: fileError(
                `${file.name} could not be read.`,
                'Check the file is not open elsewhere.'
              )
            }
          }
          // The dry run: main parses and checks every row; nothing is sent to Zoom's create call.
          const preview = await api.users.bulkPreview({ csvText })
          return preview.ok ? { ok: true, data: { csvText, preview: preview.data } } : preview
        },
        { keepData: false }
      )
    },
    run: async (action) => {
      const { checked: file, outcome: current } = get()
      if (!file.data || file.status === 'loading' || current.status === 'loading') return
      const { csvText } = file.data
      followJobProgress()
      const jobId = newJobId()
      set({ jobId })
      await outcome.run((api) => api.users.bulkCreate({ csvText, action, jobId }), {
        keepData: false
      })
      useUsersStore.getState().invalidate()
    },
    reset: () => {
      checked.reset()
      outcome.reset()
      set({ fileName: null, jobId: null })
    }
  }
})
