import { eventChannels, invokeChannels } from '../../src/shared/ipc/channels'
import { eventMethodName, methodName } from '../../src/shared/ipc/bridge-api'
import { expect, test } from './support/fixtures'

test.describe('what the page can reach', () => {
  test('has no Node globals', async ({ app }) => {
    const types = await app.page.evaluate(() => {
      const g = globalThis as Record<string, unknown>
      return [typeof g['require'], typeof g['process'], typeof g['module'], typeof g['Buffer']]
    })
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined'])
  })

  test('sees exactly the contract on window.headcount', async ({ app }) => {
    const shape = await app.page.evaluate(() => {
      const api = (globalThis as unknown as { headcount: Record<string, Record<string, unknown>> })
        .headcount
      return Object.fromEntries(Object.entries(api).map(([d, m]) => [d, Object.keys(m).sort()]))
    })
    const expected: Record<string, string[]> = {}
    for (const c of invokeChannels) {
      const { domain, method } = methodName(c)
      ;(expected[domain] ??= []).push(method)
    }
    for (const c of eventChannels) {
      const { domain, method } = eventMethodName(c)
      ;(expected[domain] ??= []).push(method)
    }
    for (const list of Object.values(expected)) list.sort()
    expect(shape).toEqual(expected)
  })

  test('cannot call Zoom or any other site directly', async ({ app }) => {
    const outcome = await app.page.evaluate(async () => {
      try {
        await fetch('https://api.zoom.us/v2/users')
        return 'reached'
      } catch {
        return 'blocked'
      }
    })
    expect(outcome).toBe('blocked')
  })

  test('refuses links outside the allow-list through the bridge', async ({ app }) => {
    const result = await app.page.evaluate(() => {
      const api = (
        globalThis as unknown as {
          headcount: { app: { openExternal: (i: { url: string }) => Promise<unknown> } }
        }
      ).headcount
      return api.app.openExternal({ url: 'javascript:alert(1)' })
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  test('in Electron: window.open makes no window and navigation stays in the app', async ({
    app
  }) => {
    test.skip(
      app.target !== 'electron',
      'Window and navigation locks live in Electron main; a plain browser tab has neither.'
    )
    const before = app.page.url()
    await app.page.evaluate(() => {
      window.open('https://evil.example/')
      location.href = 'https://evil.example/'
    })
    await app.page.waitForTimeout(500)
    expect(app.page.url()).toBe(before)
    expect(app.page.context().pages()).toHaveLength(1)
    const permission = await app.page.evaluate(() => Notification.requestPermission())
    expect(permission).toBe('denied')
  })
})
