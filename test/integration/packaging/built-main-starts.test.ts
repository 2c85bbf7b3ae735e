import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltApp } from '../../support/packaging/project-files'
import {
  startBuiltMain,
  type MainStartReport
} from '../../support/packaging/run-with-fake-electron'

// The real test of out/: Node loads the built ESM bundle exactly as Electron would (no vite,
// no vitest transforms), with only `electron` swapped for a recording fake.
describe('the built main process (out/main/index.js) under a fake Electron', () => {
  let out = ''
  let report: MainStartReport

  beforeAll(async () => {
    out = requireBuiltApp()
    report = await startBuiltMain(join(out, 'main/index.js'), {
      FAKE_ELECTRON_USER_DATA: mkdtempSync(join(tmpdir(), 'headcount-built-main-')),
      // A packaged app must ignore the dev server and test data folder variables.
      ELECTRON_RENDERER_URL: 'http://localhost:5173',
      HEADCOUNT_USER_DATA: join(tmpdir(), 'must-not-be-used')
    })
  })

  it('loads with every import resolved and nothing thrown', () => {
    expect(report.failures).toEqual([])
  })

  it('enables the sandbox and registers app:// as a secure standard scheme before ready', () => {
    expect(report.callsBeforeReady).toContain('app.enableSandbox')
    expect(report.callsBeforeReady).toContain('protocol.registerSchemesAsPrivileged')
    expect(report.callsBeforeReady).not.toContain('new BrowserWindow')
    expect(report.callsBeforeReady).not.toContain('app.setPath')
    const app = report.privilegedSchemes.find((entry) => entry.scheme === 'app')
    expect(app?.privileges).toMatchObject({ standard: true, secure: true })
  })

  it('opens one sandboxed window on app:// with the built preload, which exists', () => {
    expect(report.windows).toHaveLength(1)
    const [window] = report.windows
    expect(window!.loadedUrl).toBe('app://headcount/index.html')
    expect(window!.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
    const preload = window!.webPreferences['preload']
    expect(preload).toBe(join(out, 'preload/index.cjs'))
    expect(existsSync(preload as string)).toBe(true)
  })

  it('serves the built UI and its script from app:// with the CSP header', () => {
    expect(report.protocolSchemes).toContain('app')
    expect(report.index).toMatchObject({ status: 200 })
    expect(report.index?.contentType).toMatch(/^text\/html/)
    expect(report.index?.csp).toContain("script-src 'self'")
    // Only a header can forbid framing; the meta tag leaves it out to avoid a console warning.
    expect(report.index?.csp).toContain("frame-ancestors 'none'")
    expect(report.index?.body).toContain('<div id="root">')
    expect(report.script).toMatchObject({ status: 200 })
    expect(report.script?.contentType).toMatch(/javascript/)
    expect(report.outsideStatus).toBe(404)
  })

  it('registers IPC handlers once the app is ready', () => {
    expect(report.ipcChannels.length).toBeGreaterThan(0)
  })

  it('opens the attendance archive in the data folder through the built worker', () => {
    expect(report.archiveOpened).toBe(true)
  })
})

describe('the built main process when its settings cannot be read', () => {
  it('shows one native dialog naming the file and the fix, quits, and rejects nothing', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'headcount-built-main-broken-'))
    mkdirSync(join(userData, 'config.json'))
    const report = await startBuiltMain(join(requireBuiltApp(), 'main/index.js'), {
      FAKE_ELECTRON_USER_DATA: userData
    })
    expect(report.failures).toEqual([])
    expect(report.windows).toEqual([])
    expect(report.errorBoxes).toHaveLength(1)
    expect(report.errorBoxes[0]!.content).toContain(join(userData, 'config.json'))
    expect(report.errorBoxes[0]!.content).toMatch(/Move or rename that folder/)
    expect(report.quit).toBe(true)
  })
})
