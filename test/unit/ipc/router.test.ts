import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../src/shared/app-error'
import { createIpcRouter } from '../../../src/main/ipc/router'
import type { Handlers } from '../../../src/main/ipc/router'
import { silentLogger } from '../../../src/main/logging/logger'
import { createTestCore } from '../../support/fake-core'

function routerWith(overrides: Partial<Handlers>) {
  const { core } = createTestCore()
  const base = {} as Handlers
  for (const channel of core.router.channels) {
    ;(base as Record<string, unknown>)[channel] = async () => {
      throw new Error('unused')
    }
  }
  return createIpcRouter({ ...base, ...overrides }, silentLogger)
}

describe('the IPC router', () => {
  it('hides unexpected errors behind a plain internal error', async () => {
    const router = routerWith({
      'app:get-info': async () => {
        throw new Error('secret-token-abc123 leaked in a message')
      }
    })
    const result = await router.dispatch('app:get-info', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret-token')
  })

  it('passes typed failures through with their remedy', async () => {
    const router = routerWith({
      'jobs:cancel': async () => {
        throw new AppFailure({
          code: 'not-found',
          message: 'No such job.',
          remedy: 'Start it again.'
        })
      }
    })
    const result = await router.dispatch('jobs:cancel', { jobId: 'x' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such job.', remedy: 'Start it again.' }
    })
  })

  it('refuses output that breaks the contract', async () => {
    const router = routerWith({
      'jobs:cancel': async () => ({ cancelled: 'yes' }) as unknown as { cancelled: boolean }
    })
    const result = await router.dispatch('jobs:cancel', { jobId: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('refuses unknown channels and extra fields', async () => {
    const router = routerWith({})
    expect(await router.dispatch('app:nope', undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    expect(await router.dispatch('jobs:cancel', { jobId: 'a', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })
})
