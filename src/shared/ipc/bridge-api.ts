import { eventChannels, invokeChannels } from './channels'
import type { EventChannel, InvokeChannel } from './channels'
import type { EventPayload, InvokeInput, InvokeOutput } from './contract'
import type { IpcResult } from './result'

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never
type Domain = DomainOf<InvokeChannel | EventChannel>

type RequestFn<C extends InvokeChannel> = [InvokeInput<C>] extends [undefined]
  ? () => Promise<IpcResult<InvokeOutput<C>>>
  : (input: InvokeInput<C>) => Promise<IpcResult<InvokeOutput<C>>>

type Unsubscribe = () => void
type SubscribeFn<E extends EventChannel> = (
  listener: (payload: EventPayload<E>) => void
) => Unsubscribe

/**
 * The object the renderer sees as `window.headcount`: one method per request channel
 * (`app:get-info` → `app.getInfo()`) and one subscription per event (`jobs:progress` →
 * `jobs.onProgress(fn)`), grouped by domain. Nothing else: no generic invoke or on.
 */
export type HeadcountApi = {
  [D in Domain]: {
    [C in InvokeChannel as DomainOf<C> extends D ? CamelCase<VerbOf<C>> : never]: RequestFn<C>
  } & {
    [
      E in EventChannel as DomainOf<E> extends D ? `on${Capitalize<CamelCase<VerbOf<E>>>}` : never
    ]: SubscribeFn<E>
  }
}

export function methodName(channel: string): { domain: string; method: string } {
  const [domain, verb] = channel.split(':') as [string, string]
  const camel = verb.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
  return { domain, method: camel }
}

export function eventMethodName(channel: string): { domain: string; method: string } {
  const { domain, method } = methodName(channel)
  return { domain, method: `on${method[0]!.toUpperCase()}${method.slice(1)}` }
}

/**
 * Builds the bridge object from the channel lists. The transport is passed in: Electron's
 * ipcRenderer in the preload, HTTP in the browser preview. Listeners receive only the payload.
 */
export function buildBridgeApi(
  invoke: (channel: InvokeChannel, input: unknown) => Promise<unknown>,
  subscribe: (channel: EventChannel, listener: (payload: unknown) => void) => Unsubscribe
): HeadcountApi {
  const api: Record<string, Record<string, unknown>> = {}
  const group = (domain: string): Record<string, unknown> => (api[domain] ??= {})
  for (const channel of invokeChannels) {
    const { domain, method } = methodName(channel)
    group(domain)[method] = (input?: unknown) => invoke(channel, input)
  }
  for (const channel of eventChannels) {
    const { domain, method } = eventMethodName(channel)
    group(domain)[method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('A listener function is required.')
      return subscribe(channel, (payload) => listener(payload))
    }
  }
  for (const domain of Object.values(api)) Object.freeze(domain)
  return Object.freeze(api) as unknown as HeadcountApi
}
