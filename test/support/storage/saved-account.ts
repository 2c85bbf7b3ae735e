import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes a settings file with one active account whose secret the stand-in Electron's
 * safeStorage can decrypt (it "encrypts" by reversing bytes). basic_text needs the weak-storage
 * opt-in, which the file carries, so start-up reads the secret through safeStorage.
 */
export function writeSavedAccount(
  userData: string,
  account: { accountId: string; clientId: string; clientSecret: string }
): void {
  const ciphertext = Buffer.from(account.clientSecret).reverse().toString('base64')
  const at = '2026-10-01T12:00:00.000Z'
  writeFileSync(
    join(userData, 'config.json'),
    JSON.stringify({
      version: 1,
      activeProfileId: 'p-1',
      profiles: [
        {
          id: 'p-1',
          name: 'Saved account',
          accountId: account.accountId,
          clientId: account.clientId,
          plan: 'business',
          hostEmail: null,
          secret: { ciphertext, backend: 'basic_text', savedAt: at },
          createdAt: at
        }
      ],
      exportDefaults: { attendanceThreshold: 75, timeZone: null, layout: 'one-row-per-person' },
      allowWeakSecretStorage: true
    })
  )
}
