import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBridgeApi, eventMethodName, methodName } from '../../../src/shared/ipc/bridge-api'
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/channels'
import { eventContract, invokeContract } from '../../../src/shared/ipc/contract'
import { createTestCore } from '../../support/fake-core'
import { channelExamples } from '../../support/channel-examples'

// Each step of the recipe at the top of src/shared/ipc/channels.ts, checked for every channel.

const root = join(import.meta.dirname, '../../..')
const contractsDir = join(root, 'src/shared/ipc/contracts')
const handlersDir = join(root, 'src/main/ipc/handlers')
const compositionRoot = readFileSync(join(root, 'src/main/app/create-app-core.ts'), 'utf8')

type Module = Record<string, unknown>
const domainOf = (channel: string): string => channel.split(':')[0]!

async function loadFolder(dir: string): Promise<Map<string, Module>> {
  const modules = new Map<string, Module>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    modules.set(file, (await import(pathToFileURL(join(dir, file)).href)) as Module)
  }
  return modules
}

/** The exported objects of a module that hold this channel as a key, by export name. */
function declaring(module: Module, channel: string): string[] {
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'object' && value !== null && channel in value)
    .map(([name]) => name)
}

/** Stands in for any service a handler factory is given; handlers only keep what they get. */
const anyService: unknown = new Proxy(function () {}, {
  get: (_target, key) => (key === 'then' ? undefined : anyService),
  apply: () => anyService
})

let contracts: Map<string, Module>
let handlerFiles: Map<string, Module>
beforeAll(async () => {
  contracts = await loadFolder(contractsDir)
  handlerFiles = await loadFolder(handlersDir)
})

describe('step 2: every channel is declared in the contract file of its own domain', () => {
  const all = [
    ...invokeChannels.map((c) => [c, invokeContract[c]] as const),
    ...eventChannels.map((c) => [c, eventContract[c]] as const)
  ]
  for (const [channel, merged] of all) {
    it(channel, () => {
      const file = `${domainOf(channel)}-contract.ts`
      const own = contracts.get(file)
      expect(own, `contracts/${file} should exist`).toBeDefined()
      const names = declaring(own!, channel)
      expect(names, `contracts/${file} should declare ${channel}`).toHaveLength(1)
      // contract.ts spreads that very declaration, not a copy.
      expect((own![names[0]!] as Record<string, unknown>)[channel]).toBe(merged)
      for (const [other, module] of contracts) {
        if (other !== file) expect(declaring(module, channel), `also in ${other}`).toEqual([])
      }
    })
  }
})

describe('step 3: every request is answered by the handler file of its own domain', () => {
  for (const channel of invokeChannels) {
    it(channel, () => {
      const file = `${domainOf(channel)}-handlers.ts`
      const module = handlerFiles.get(file)
      expect(module, `ipc/handlers/${file} should exist`).toBeDefined()
      const factories = Object.entries(module!).filter(([name]) => /^create\w+Handlers$/.test(name))
      expect(factories, `${file} exports one create…Handlers`).toHaveLength(1)
      const [name, factory] = factories[0]!
      const answered = Object.keys((factory as (deps: unknown) => object)(anyService))
      const domain = invokeChannels.filter((c) => domainOf(c) === domainOf(channel))
      expect(answered.sort()).toEqual([...domain].sort())
      expect(compositionRoot, `create-app-core.ts should use ${name}`).toContain(`...${name}(`)
    })
  }
})

describe('step 4: every channel is reachable on the bridge', () => {
  const invoked: string[] = []
  const subscribed: string[] = []
  const api = buildBridgeApi(
    async (channel) => void invoked.push(channel),
    (channel) => {
      subscribed.push(channel)
      return () => undefined
    }
  ) as unknown as Record<string, Record<string, (arg?: unknown) => unknown>>
  for (const channel of invokeChannels) {
    it(channel, async () => {
      const { domain, method } = methodName(channel)
      await api[domain]?.[method]?.(undefined)
      expect(invoked.at(-1)).toBe(channel)
    })
  }
  for (const channel of eventChannels) {
    it(channel, () => {
      const { domain, method } = eventMethodName(channel)
      api[domain]?.[method]?.(() => undefined)
      expect(subscribed.at(-1)).toBe(channel)
    })
  }
})

describe('step 5: every request has a valid example the contract and the router accept', () => {
  for (const channel of invokeChannels) {
    it(channel, async () => {
      expect(Object.keys(channelExamples), 'add it to channel-examples.ts').toContain(channel)
      const example = channelExamples[channel]
      expect(invokeContract[channel].input.safeParse(example).error).toBeUndefined()
      const { core } = createTestCore()
      const result = await core.router.dispatch(channel, example)
      // It may fail for other reasons (no account connected), never as malformed.
      if (!result.ok) expect(result.error.message).not.toMatch(/not in the expected form/)
    })
  }
})
