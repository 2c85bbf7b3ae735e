import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createFakeElectron } from '../../support/fake-electron'
import { writeSavedAccount } from '../../support/storage/saved-account'

// safeStorage throws before `ready` (and on macOS may prompt); the stand-in records every call
// and refuses early ones the same way, so the order below is the real order of the glue.

const fake = createFakeElectron()
const userData = mkdtempSync(join(tmpdir(), 'headcount-order-'))
fake.electron.app.getPath = (name: string) =>
  name === 'userData' ? userData : join(userData, name)
vi.mock('electron', () => fake.electron)
vi.mock('electron-store', async () => ({ default: (await import('conf')).default }))

// A saved, active account whose secret the stand-in can decrypt, so start-up must read it.
writeSavedAccount(userData, {
  accountId: 'acct-1',
  clientId: 'client-1',
  clientSecret: 'order-test-secret'
})

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
