import { describe, expect, it } from 'vitest'
import type { CipherBackend } from '../../../src/main/storage/secret-cipher'
import { FakeCipher } from '../../support/storage/fake-cipher'
import { openWith, useTempDirs, validProfile } from '../../support/storage/temp-settings'

// The Accounts screen shows four sentences about one fact (does a secret entered now reach the
// disk, and how protected?): the notice, the field hint, the save outcome, the account's line.
// They come from main's one storage state, so they must tell the same story in every state.

interface Case {
  name: string
  backend: CipherBackend
  available?: boolean
  allowWeak?: boolean
  /** What every one of the four sentences must say. */
  says: RegExp
  /** What none of them may say. */
  never: RegExp
  notice: boolean
}

const untilClose = /only until Headcount closes/
const cases: Case[] = [
  {
    name: 'a real keyring',
    backend: 'gnome_libsecret',
    says: /encrypted/,
    never: /until Headcount closes|basic protection/,
    notice: false
  },
  {
    name: 'a keyring-less Linux desktop (basic_text)',
    backend: 'basic_text',
    says: untilClose,
    never: /encrypted by|was saved/,
    notice: true
  },
  {
    name: 'basic protection, chosen by the admin',
    backend: 'basic_text',
    allowWeak: true,
    says: /basic protection/,
    never: /until Headcount closes|encrypted by/,
    notice: true
  },
  {
    name: 'no way to encrypt at all (the browser preview)',
    backend: 'unavailable',
    available: false,
    says: untilClose,
    never: /encrypted by|was saved/,
    notice: true
  }
]

describe('the secret-storage wording agrees with itself', () => {
  const tempDir = useTempDirs()
  for (const c of cases) {
    it(`with ${c.name}`, async () => {
      const opened = openWith(
        tempDir(),
        new FakeCipher({ backend: c.backend, available: c.available ?? true })
      )
      if (c.allowWeak) await opened.vault.setWeakStorageOptIn(true)
      const { wording } = await opened.vault.encryptionStatus()
      const { profile, secret } = await opened.profiles.create({
        ...validProfile,
        clientSecret: 'a-secret-value-1234'
      })
      const label = opened.profiles.get(profile.id).secretLabel
      const sentences = [wording.fieldHint, secret?.message ?? '', label]
      if (c.notice) sentences.push(wording.notice?.message ?? '')
      else expect(wording.notice).toBeNull()
      for (const sentence of sentences) {
        expect(sentence).toMatch(c.says)
        expect(sentence).not.toMatch(c.never)
      }
    })
  }

  it('names the store the secret is saved in', async () => {
    for (const [backend, name] of [
      ['keychain', 'the macOS Keychain'],
      ['dpapi', 'Windows Data Protection'],
      ['kwallet5', 'KWallet']
    ] as const) {
      const opened = openWith(tempDir(), new FakeCipher({ backend }))
      expect((await opened.vault.encryptionStatus()).wording.fieldHint).toContain(name)
      const { secret } = await opened.profiles.create({
        ...validProfile,
        clientSecret: 'abc123xyz'
      })
      expect(secret?.message).toContain(name)
    }
  })
})
