// A fake window.headcount for the window's tests, built from the real channel lists and typed
// from HeadcountApi: each test answers the channels it expects, and can hold an answer back
// (to test stale answers) or send main's events.
import { buildBridgeApi } from '@shared/ipc/bridge-api'
import type { HeadcountApi } from '@shared/ipc/bridge-api'
import type { EventChannel, InvokeChannel } from '@shared/ipc/channels'
import type { EventPayload, InvokeInput, InvokeOutput } from '@shared/ipc/contract'
import type { AppError } from '@shared/app-error'
import type { IpcResult } from '@shared/ipc/result'

type Answer<C extends InvokeChannel> =
  | IpcResult<InvokeOutput<C>>
  | Promise<IpcResult<InvokeOutput<C>>>
  | ((input: InvokeInput<C>) => IpcResult<InvokeOutput<C>> | Promise<IpcResult<InvokeOutput<C>>>)

export type FakeAnswers = { [C in InvokeChannel]?: Answer<C> }

export interface FakeBridge {
  api: HeadcountApi
  /** Every call made, in order. */
  calls: Array<{ channel: InvokeChannel; input: unknown }>
  /** Set or change an answer later in a test. */
  answer<C extends InvokeChannel>(channel: C, answer: Answer<C>): void
  /** The inputs of every call to one channel. */
  inputsOf<C extends InvokeChannel>(channel: C): Array<InvokeInput<C>>
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void
}

let unanswered: string[] = []

export function ok<T>(data: T): IpcResult<T> {
  return { ok: true, data }
}

export function failed(message: string, extra: Partial<AppError> = {}): IpcResult<never> {
  return { ok: false, error: { code: 'internal', message, ...extra } }
}

/** A promise with its resolve function, to send an answer exactly when a test says so. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

export function installFakeBridge(initial: FakeAnswers = {}): FakeBridge {
  const answers: FakeAnswers = { ...initial }
  const calls: FakeBridge['calls'] = []
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>()
  const api = buildBridgeApi(
    async (channel, input) => {
      calls.push({ channel, input })
      const answer = answers[channel] as Answer<InvokeChannel> | undefined
      if (answer === undefined) {
        unanswered.push(channel)
        return failed(`The test gave no answer for ${channel}.`)
      }
      return typeof answer === 'function' ? answer(input as never) : answer
    },
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => set.delete(listener)
    }
  )
  Object.defineProperty(window, 'headcount', { value: api, configurable: true })
  return {
    api,
    calls,
    answer: (channel, answer) => {
      ;(answers as Record<string, unknown>)[channel] = answer
    },
    inputsOf: <C extends InvokeChannel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input as InvokeInput<C>),
    emit: (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload))
  }
}

export function removeFakeBridge(): void {
  delete (window as { headcount?: unknown }).headcount
  unanswered = []
}

export function unansweredCalls(): string[] {
  return [...unanswered]
}
