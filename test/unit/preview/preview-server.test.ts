import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreviewServer } from '../../../src/main/preview/preview-server'
import type { PreviewServer } from '../../../src/main/preview/preview-server'
import { createTestCore } from '../../support/fake-core'

let server: PreviewServer
let token: string

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'headcount-preview-test-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(
    join(dir, 'renderer/index.html'),
    '<html><head><title>t</title></head><body></body></html>'
  )
  writeFileSync(join(dir, 'bridge.js'), '/* bridge */')
  server = await startPreviewServer({
    router: createTestCore().core.router,
    rendererDir: join(dir, 'renderer'),
    bridgeScriptPath: join(dir, 'bridge.js')
  })
  token = new URL(server.url).searchParams.get('token') ?? ''
})
afterAll(() => server.close())

const call = (headers: Record<string, string>, body = '{}') =>
  fetch(`${server.origin}/ipc/app:get-info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body
  })

describe('the browser preview server', () => {
  it('listens on loopback only and injects the bridge before the app', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = await fetch(`${server.origin}/`)
    const html = await page.text()
    expect(html).toMatch(/<head>\s*<script src="\/preview-bridge\.js"><\/script>/)
    // The header carries frame-ancestors, which a meta tag cannot.
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('answers requests that carry this run’s token', async () => {
    const response = await call({ 'x-headcount-token': token, origin: server.origin })
    expect(await response.json()).toMatchObject({ ok: true, data: { name: 'Headcount' } })
  })

  it('refuses a missing or wrong token, and other origins', async () => {
    expect((await call({})).status).toBe(403)
    expect((await call({ 'x-headcount-token': `${token}x` })).status).toBe(403)
    expect((await call({ 'x-headcount-token': token, origin: 'http://evil.example' })).status).toBe(
      403
    )
    const events = await fetch(`${server.origin}/events?token=wrong`)
    expect(events.status).toBe(403)
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.origin}/`, { headers: { host: 'evil.example' } }, (res) =>
        resolve(res.statusCode ?? 0)
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(421)
  })

  it('turns malformed bodies into typed errors', async () => {
    const response = await fetch(`${server.origin}/ipc/jobs:cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-headcount-token': token },
      body: '{not json'
    })
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
