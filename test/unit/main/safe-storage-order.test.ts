import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createFakeElectron } from '../../support/fake-electron'

// safeStorage throws before `ready` (and on macOS may prompt); the stand-in records every call
// and refuses early ones the same way, so the order below is the real order of the glue.

const fake = createFakeElectron()
const userData = mkdtempSync(join(tmpdir(), 'headcount-order-'))
fake.electron.app.getPath = (name: string) =>
  name === 'userData' ? userData : join(userData, name)
vi.mock('electron', () => fake.electron)
vi.mock('electron-store', async () => ({ default: (await import('conf')).default }))

// A saved, active account whose secret the stand-in can decrypt, so start-up must read it.
const ciphertext = Buffer.from('order-test-secret').reverse().toString('base64')
writeFileSync(
  join(userData, 'config.json'),
  JSON.stringify({
    version: 1,
    activeProfileId: 'p-1',
    profiles: [
      {
        id: 'p-1',
        name: 'Order test',
        accountId: 'acct-1',
        clientId: 'client-1',
        plan: 'pro',
        hostEmail: null,
        secret: { ciphertext, backend: 'basic_text', savedAt: '2026-10-01T12:00:00.000Z' },
        createdAt: '2026-10-01T12:00:00.000Z'
      }
    ],
    exportDefaults: { attendanceThreshold: 75, timeZone: null, layout: 'one-row-per-person' },
    allowWeakSecretStorage: true
  })
)

describe('safeStorage in the Electron main entry', () => {
  it('is never called before whenReady resolves, and is used once ready', async () => {
    await import('../../../src/main/index')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.calls.filter((call) => call.startsWith('safeStorage.'))).toEqual([])

    fake.becomeReady()
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
    const ready = fake.calls.indexOf('ready')
    const storageCalls = fake.calls.flatMap((call, index) =>
      call.startsWith('safeStorage.') ? [index] : []
    )
    expect(fake.calls).toContain('safeStorage.decryptStringAsync')
    expect(Math.min(...storageCalls)).toBeGreaterThan(ready)
    expect(fake.errorBoxes).toEqual([])
  })
})
