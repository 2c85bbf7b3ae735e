import type { AppError } from '@shared/app-error'
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import type { IpcResult } from '@shared/ipc/result'

/** The only file that touches window.headcount. */
export function bridge(): HeadcountApi | null {
  return (window as { headcount?: HeadcountApi }).headcount ?? null
}

const missingBridge: AppError = {
  code: 'internal',
  message: 'Headcount’s window could not reach the rest of the app.',
  remedy: 'Close Headcount and open it again.'
}

/** Runs a bridge call and turns a missing bridge or a broken transport into a typed error. */
export async function request<T>(
  call: (api: HeadcountApi) => Promise<IpcResult<T>>
): Promise<IpcResult<T>> {
  const api = bridge()
  if (!api) return { ok: false, error: missingBridge }
  try {
    return await call(api)
  } catch {
    return { ok: false, error: missingBridge }
  }
}
