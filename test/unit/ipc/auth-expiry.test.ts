import { describe, expect, it } from 'vitest'
import { createTestCore } from '../../support/fake-core'

describe('auth:expired', () => {
  it('is announced when work fails because Zoom no longer accepts the sign-in', async () => {
    const { core, sentEvents } = createTestCore()
    // No account connected: any Zoom request fails with an auth error.
    const result = await core.router.dispatch('meetings:list-past', {
      from: '2026-11-01',
      to: '2026-11-02'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'auth' } })
    expect(sentEvents).toEqual([
      {
        channel: 'auth:expired',
        payload: expect.objectContaining({
          message: expect.any(String),
          remedy: expect.any(String)
        })
      }
    ])
  })

  it('is not announced for the account set-up steps, which show their own errors', async () => {
    const { core, sentEvents } = createTestCore()
    await core.router.dispatch('accounts:test-connection', undefined)
    await core.router.dispatch('accounts:connect', { id: 'missing' })
    expect(sentEvents.filter((e) => e.channel === 'auth:expired')).toEqual([])
  })
})
