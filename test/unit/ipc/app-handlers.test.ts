import { describe, expect, it } from 'vitest'
import { createTestCore } from '../../support/fake-core'

describe('app:open-external', () => {
  it('opens only allow-listed links', async () => {
    const { core, openedLinks } = createTestCore()
    const refused = await core.router.dispatch('app:open-external', {
      url: 'https://zoom.us.evil.com/'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const opened = await core.router.dispatch('app:open-external', {
      url: 'https://marketplace.zoom.us/develop/create'
    })
    expect(opened).toEqual({ ok: true, data: { opened: true } })
    expect(openedLinks).toEqual(['https://marketplace.zoom.us/develop/create'])
  })

  it('opens nothing for a link that only looks like Zoom or is not https', async () => {
    const { core, openedLinks } = createTestCore()
    for (const url of ['http://zoom.us/', 'https://zoom.us@evil.example/', 'javascript:alert(1)']) {
      const refused = await core.router.dispatch('app:open-external', { url })
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(openedLinks).toEqual([])
  })
})
