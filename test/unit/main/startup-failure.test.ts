import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createFakeElectron } from '../../support/fake-electron'

// Issue 19, defect 2: a settings path that cannot be read (here config.json is a folder) used
// to reject inside whenReady: no window, no IPC, no message, and the app kept running.

const fake = createFakeElectron()
const userData = mkdtempSync(join(tmpdir(), 'headcount-startup-'))
const settingsPath = join(userData, 'config.json')
mkdirSync(settingsPath)
fake.electron.app.getPath = (name: string) =>
  name === 'userData' ? userData : join(userData, name)
vi.mock('electron', () => fake.electron)
vi.mock('electron-store', async () => ({ default: (await import('conf')).default }))

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
process.on('unhandledRejection', onUnhandled)
afterAll(() => void process.off('unhandledRejection', onUnhandled))

describe('a start-up failure in the Electron main entry', () => {
  it('names the file and the fix in a native dialog, then quits, with nothing unhandled', async () => {
    await import('../../../src/main/index')
    fake.becomeReady()
    await vi.waitFor(() => expect(fake.calls).toContain('quit'))

    expect(fake.errorBoxes).toHaveLength(1)
    const [box] = fake.errorBoxes
    expect(box!.title).toMatch(/Headcount could not start/)
    expect(box!.content).toContain(settingsPath)
    expect(box!.content).toMatch(/is a folder/)
    expect(box!.content).toMatch(/Move or rename that folder/)
    expect(fake.calls.indexOf('dialog.showErrorBox')).toBeLessThan(fake.calls.indexOf('quit'))
    expect(fake.windows).toHaveLength(0)
    // Give any stray rejection a turn to surface before checking.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(unhandled).toEqual([])
  })
})

describe('the start-up failure dialog text', () => {
  it('turns an unexpected error into plain words with the fix, never its stack or message', async () => {
    const { startupFailureDialog } = await import('../../../src/main/electron/startup-failure')
    const dialog = startupFailureDialog(new TypeError('x is undefined at start.ts:12'), '/logs')
    expect(dialog.content).toMatch(/Start Headcount again/)
    expect(dialog.content).toContain('/logs')
    expect(dialog.content).not.toMatch(/undefined|start\.ts/)
  })
})
