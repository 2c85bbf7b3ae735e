import type { HeadcountApi } from '../shared/ipc/bridge-api'

declare global {
  interface Window {
    /** The only way the renderer reaches main; see src/shared/ipc/contract.ts. */
    readonly headcount: HeadcountApi
  }
}

export {}
