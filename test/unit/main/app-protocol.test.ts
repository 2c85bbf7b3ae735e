import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createFakeElectron } from '../../support/fake-electron'

// Issue 19 (hardening): the app:// handler compared paths as text, so a symlink inside the
// renderer folder could serve any file its target names (here a settings file outside).

const fake = createFakeElectron()
vi.mock('electron', () => fake.electron)

describe('the app:// protocol handler', () => {
  it('serves the UI but not a file outside the folder reached through a symlink', async () => {
    const root = mkdtempSync(join(tmpdir(), 'app-protocol-'))
    const renderer = join(root, 'renderer')
    mkdirSync(renderer)
    writeFileSync(join(renderer, 'index.html'), '<div id="root"></div>')
    writeFileSync(join(root, 'config.json'), '{"profiles":["private"]}')
    symlinkSync(join(root, 'config.json'), join(renderer, 'leak.json'))

    const { serveRendererFromAppScheme } = await import('../../../src/main/electron/app-protocol')
    serveRendererFromAppScheme(renderer)
    const handle = fake.protocolHandlers['app']!

    const index = await handle(new Request('app://headcount/index.html'))
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('root')
    const leak = await handle(new Request('app://headcount/leak.json'))
    expect(leak.status).toBe(404)
    expect(await leak.text()).not.toContain('private')
  })
})
