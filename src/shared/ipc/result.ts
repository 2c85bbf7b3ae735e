import type { AppError } from '../app-error'

/** What every IPC request resolves to: never a raw thrown error. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: AppError }

export function ok<T>(data: T): IpcResult<T> {
  return { ok: true, data }
}

export function fail<T = never>(error: AppError): IpcResult<T> {
  return { ok: false, error }
}
