/**
 * The one way the window keeps track of a request to main: a status (idle, loading or
 * error), the last answer and the error, in one shape for every store and screen. A slot also
 * guards against stale answers: each run takes a ticket, and an answer that arrives after a
 * newer run (or a reset) started is dropped, so a slow old answer never replaces a newer one.
 */
import type { AppError } from '@shared/app-error'
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import type { IpcResult } from '@shared/ipc/result'
import { request } from './bridge'

export type RequestStatus = 'idle' | 'loading' | 'error'

export interface RequestState<T, Kind extends string = never> {
  status: RequestStatus
  /** The last answer: kept while a new request runs (unless asked not to) and after a failure. */
  data: T | null
  error: AppError | null
  /** Which request is running, for a slot that serves several (such as 'saving' or 'testing'). */
  kind: Kind | null
}

/** A call through the bridge, as the stores pass them: `(api) => api.users.list({ … })`. */
export type BridgeCall<T> = (api: HeadcountApi) => Promise<IpcResult<T>>

export interface RequestSlot<T, Kind extends string = never> {
  /**
   * Runs a request. Resolves to its data when it succeeded and is still the newest; to null
   * when it failed (the error is in the slot) or a newer run or reset came first (dropped).
   */
  run(call: BridgeCall<T>, options?: { kind?: Kind; keepData?: boolean }): Promise<T | null>
  /** Back to idle with the given data; any answer still on its way is dropped. */
  reset(data?: T | null): void
  /** Shows an error found before anything was sent (a file too big); drops answers on the way. */
  fail(error: AppError): void
  /** Replaces the data only, keeping the status and error (e.g. a quiet refresh). */
  setData(data: T): void
}

export function idleRequest<T, Kind extends string = never>(
  data: T | null = null
): RequestState<T, Kind> {
  return { status: 'idle', data, error: null, kind: null }
}

/** True while the state has neither an answer nor a request under way: time to ask. */
export function needsLoading(state: RequestState<unknown, string> | undefined): boolean {
  return !state || (state.status === 'idle' && state.data === null)
}

/** A slot over any place that holds a RequestState: a store field, or React state. */
export function requestSlot<T, Kind extends string = never>(
  read: () => RequestState<T, Kind>,
  write: (next: RequestState<T, Kind>) => void
): RequestSlot<T, Kind> {
  let newest = 0
  return {
    async run(call, options = {}) {
      const ticket = ++newest
      const keepData = options.keepData ?? true
      write({
        status: 'loading',
        data: keepData ? read().data : null,
        error: null,
        kind: options.kind ?? null
      })
      const result = await request(call)
      if (ticket !== newest) return null
      if (result.ok) {
        write(idleRequest(result.data))
        return result.data
      }
      write({ status: 'error', data: read().data, error: result.error, kind: null })
      return null
    },
    reset(data = null) {
      newest++
      write(idleRequest(data))
    },
    fail(error) {
      newest++
      write({ status: 'error', data: read().data, error, kind: null })
    },
    setData(data) {
      write({ ...read(), data })
    }
  }
}

type SlotFor<V> = V extends RequestState<infer T, infer Kind> ? RequestSlot<T, Kind> : never

/** The slot kept under one field of a zustand store, e.g. `storeSlot(set, get, 'info')`. */
export function storeSlot<S, Field extends keyof S>(
  set: (partial: Partial<S>) => void,
  get: () => S,
  field: Field
): SlotFor<S[Field]> {
  const slot = requestSlot<unknown, string>(
    () => get()[field] as RequestState<unknown, string>,
    (next) => set({ [field]: next } as Partial<S>)
  )
  return slot as unknown as SlotFor<S[Field]>
}

/**
 * One slot per key (a user list per tab, a cancel per job), made on first use. `resetAll`
 * drops every answer still on its way, e.g. when the window switches Zoom account.
 */
export function keyedSlots<T, Kind extends string = never>(
  read: (key: string) => RequestState<T, Kind> | undefined,
  write: (key: string, next: RequestState<T, Kind>) => void
): { slot(key: string): RequestSlot<T, Kind>; resetAll(): void } {
  const slots = new Map<string, RequestSlot<T, Kind>>()
  return {
    slot(key) {
      let slot = slots.get(key)
      if (!slot) {
        slot = requestSlot(
          () => read(key) ?? idleRequest(),
          (next) => write(key, next)
        )
        slots.set(key, slot)
      }
      return slot
    },
    resetAll() {
      for (const slot of slots.values()) slot.reset()
    }
  }
}
