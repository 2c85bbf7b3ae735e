import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { invokeChannels } from '../../../src/shared/ipc/channels'
import { createFakeElectron } from '../../support/fake-electron'

const fake = createFakeElectron()
const logs = mkdtempSync(join(tmpdir(), 'headcount-main-'))
fake.electron.app.getPath = (name: string) => join(logs, name)
vi.mock('electron', () => fake.electron)
// The real electron-store needs more of Electron than the fake offers; conf is its core.
vi.mock('electron-store', async () => ({ default: (await import('conf')).default }))

// Main runs once per process: load it, note what happened before `ready`, then let it start.
let beforeReady: string[] = []
beforeAll(async () => {
  await import('../../../src/main/index')
  beforeReady = [...fake.calls]
  fake.becomeReady()
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
})

describe('the Electron main entry', () => {
  it('forces the sandbox and registers app:// as privileged before ready', () => {
    expect(beforeReady).toContain('enableSandbox')
    expect(beforeReady).toContain('registerSchemesAsPrivileged')
    expect(beforeReady).toContain('whenReady')
    expect(beforeReady).not.toContain('new BrowserWindow')
    expect(beforeReady.indexOf('enableSandbox')).toBeLessThan(beforeReady.indexOf('whenReady'))
    expect(beforeReady.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      beforeReady.indexOf('whenReady')
    )
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }
    ])
  })

  it('once ready, answers every contract channel and opens the window on app://', () => {
    expect([...fake.ipcChannels].sort()).toEqual([...invokeChannels].sort())
    expect(fake.calls).toContain('protocol.handle')
    const window = fake.windows[0]!
    expect(window.loadedUrl).toBe('app://headcount/index.html')
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
  })

  it('denies every permission request and check', () => {
    const decisions: boolean[] = []
    const request = fake.permissionHandlers.request as (
      a: unknown,
      b: string,
      cb: (v: boolean) => void
    ) => void
    request(null, 'notifications', (v) => decisions.push(v))
    request(null, 'media', (v) => decisions.push(v))
    const check = fake.permissionHandlers.check as () => boolean
    expect(decisions).toEqual([false, false])
    expect(check()).toBe(false)
  })

  it('blocks navigation away from the app and never opens new windows', () => {
    const contents = fake.windows[0]!.webContents
    const prevented: string[] = []
    for (const url of [
      'https://evil.example/',
      'app://headcount.evil/x',
      'app://headcount/index.html'
    ]) {
      contents.emit('will-navigate', { preventDefault: () => prevented.push(url) }, url)
    }
    expect(prevented).toEqual(['https://evil.example/', 'app://headcount.evil/x'])

    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny'
    })
    expect(contents.windowOpenHandler?.({ url: 'https://zoom.us/j/1' })).toEqual({ action: 'deny' })
    expect(fake.opened).toEqual(['https://zoom.us/j/1'])
  })

  it('reloads the window after a renderer crash', () => {
    const contents = fake.windows[0]!.webContents
    contents.emit('render-process-gone', {}, { reason: 'crashed' })
    expect(contents.reloaded).toBe(1)
  })
})
