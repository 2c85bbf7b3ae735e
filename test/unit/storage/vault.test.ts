import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FakeCipher } from '../../support/storage/fake-cipher'
import {
  openWith,
  recordingLogger,
  useTempDirs,
  validProfile
} from '../../support/storage/temp-settings'

const CANARY = 'CANARY-s3cr3t-7f1e9a'

function configBytes(dir: string): string {
  return readFileSync(join(dir, 'config.json'), 'utf8')
}

describe('vault with a strong backend (gnome_libsecret)', () => {
  const tempDir = useTempDirs()

  it('persists only ciphertext and the backend name, and reads it back next session', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ backend: 'gnome_libsecret' })
    const first = openWith(dir, cipher)
    const { profile, secret } = await first.profiles.create({
      ...validProfile,
      clientSecret: CANARY
    })

    expect(secret).toMatchObject({ persisted: true, backend: 'gnome_libsecret', weak: false })
    const bytes = configBytes(dir)
    expect(bytes).not.toContain(CANARY)
    expect(bytes).not.toContain(Buffer.from(CANARY).toString('base64'))
    const stored = JSON.parse(bytes).profiles[0].secret
    expect(Object.keys(stored).sort()).toEqual(['backend', 'ciphertext', 'savedAt'])
    expect(stored.backend).toBe('gnome_libsecret')
    expect(stored.ciphertext).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)

    const second = openWith(dir, cipher)
    expect(second.profiles.get(profile.id)).toMatchObject({
      hasSecret: true,
      secretStatus: 'saved'
    })
    await expect(second.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })
  })

  it('never puts the secret in summaries', async () => {
    const dir = tempDir()
    const opened = openWith(dir, new FakeCipher())
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })
    const ciphertext = JSON.parse(configBytes(dir)).profiles[0].secret.ciphertext
    const listed = JSON.stringify([opened.profiles.list(), opened.profiles.get(profile.id)])
    expect(listed).not.toContain(CANARY)
    expect(listed).not.toContain(ciphertext)
  })

  it('saves fresh ciphertext when the backend asks to re-encrypt', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher()
    const { profile } = await openWith(dir, cipher).profiles.create({
      ...validProfile,
      clientSecret: CANARY
    })
    const before = JSON.parse(configBytes(dir)).profiles[0].secret

    cipher.state.shouldReEncrypt = true
    const later = openWith(dir, cipher)
    const encryptsBefore = cipher.count('encrypt')
    await expect(later.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })

    expect(cipher.count('encrypt')).toBe(encryptsBefore + 1)
    const after = JSON.parse(configBytes(dir)).profiles[0].secret
    expect(after.backend).toBe('gnome_libsecret')
    expect(after.ciphertext).not.toBe(before.ciphertext)
    expect(configBytes(dir)).not.toContain(CANARY)
  })

  it('keeps the newest secret when two saves overlap', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ encryptDelays: [5, 0] })
    const opened = openWith(dir, cipher)
    const { profile } = await opened.profiles.create(validProfile)
    await Promise.all([
      opened.vault.saveSecret(profile.id, 'first-secret'),
      opened.vault.saveSecret(profile.id, 'second-secret')
    ])
    const fresh = openWith(dir, cipher)
    await expect(fresh.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: 'second-secret'
    })
  })
})

describe.each(['basic_text', 'unknown'] as const)('vault with a weak backend (%s)', (backend) => {
  const tempDir = useTempDirs()

  it('keeps the secret in memory only and explains why', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ backend })
    const opened = openWith(dir, cipher)
    const { profile, secret } = await opened.profiles.create({
      ...validProfile,
      clientSecret: CANARY
    })

    expect(secret).toMatchObject({ persisted: false, reason: 'weak-encryption', backend })
    expect(secret?.message).toMatch(/kept only until Headcount closes/)
    expect(cipher.count('encrypt')).toBe(0)
    expect(JSON.parse(configBytes(dir)).profiles[0].secret).toBeNull()
    expect(opened.profiles.get(profile.id)).toMatchObject({
      hasSecret: true,
      secretStatus: 'session-only'
    })
    await expect(opened.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })

    const nextSession = openWith(dir, cipher)
    expect(nextSession.profiles.get(profile.id)).toMatchObject({ secretStatus: 'missing' })
    await expect(nextSession.vault.readSecret(profile.id)).resolves.toMatchObject({
      status: 'missing'
    })
  })

  it('persists with the weak backend only after the admin opts in', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ backend })
    const opened = openWith(dir, cipher)
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })
    expect(opened.settings.get().allowWeakSecretStorage).toBe(false)

    await opened.vault.setWeakStorageOptIn(true)

    const stored = JSON.parse(configBytes(dir)).profiles[0].secret
    expect(stored.backend).toBe(backend)
    expect(configBytes(dir)).not.toContain(CANARY)
    const nextSession = openWith(dir, cipher)
    await expect(nextSession.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })
    const again = await nextSession.vault.saveSecret(profile.id, 'another-secret')
    expect(again).toMatchObject({ persisted: true, weak: true })
  })

  it('opting out removes the weak copy from disk but keeps it for this session', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ backend })
    const opened = openWith(dir, cipher)
    await opened.vault.setWeakStorageOptIn(true)
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })
    expect(JSON.parse(configBytes(dir)).profiles[0].secret).not.toBeNull()

    const nextSession = openWith(dir, cipher)
    await nextSession.vault.setWeakStorageOptIn(false)

    expect(JSON.parse(configBytes(dir)).profiles[0].secret).toBeNull()
    await expect(nextSession.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })
  })
})

describe('vault with no encryption available', () => {
  const tempDir = useTempDirs()

  it('does not persist, even with the weak opt-in, and never calls encrypt', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ available: false, backend: 'unavailable' })
    const opened = openWith(dir, cipher)
    await opened.vault.setWeakStorageOptIn(true)
    const { secret } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })

    expect(secret).toMatchObject({ persisted: false, reason: 'encryption-unavailable' })
    expect(cipher.count('encrypt')).toBe(0)
    expect(JSON.parse(configBytes(dir)).profiles[0].secret).toBeNull()
    expect(await opened.vault.encryptionStatus()).toMatchObject({
      strength: 'none',
      persists: false
    })
  })

  it('removes an older saved secret so it cannot come back next session', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher()
    const { profile } = await openWith(dir, cipher).profiles.create({
      ...validProfile,
      clientSecret: 'old-secret'
    })
    cipher.state.available = false
    const result = await openWith(dir, cipher).vault.saveSecret(profile.id, 'new-secret')
    expect(result.persisted).toBe(false)
    expect(JSON.parse(configBytes(dir)).profiles[0].secret).toBeNull()
  })

  it('treats a cipher that throws on isAvailable as unavailable', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher()
    cipher.isAvailable = async () => {
      throw new Error('temporarily unavailable')
    }
    const opened = openWith(dir, cipher)
    const { secret } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })
    expect(secret).toMatchObject({ persisted: false, reason: 'encryption-unavailable' })
  })
})

describe('vault when decryption fails', () => {
  const tempDir = useTempDirs()

  it('asks for the secret again and keeps every other profile field', async () => {
    const dir = tempDir()
    const { profile } = await openWith(
      dir,
      new FakeCipher({ machineKey: 'machine-A' })
    ).profiles.create({ ...validProfile, hostEmail: 'admin@example.org', clientSecret: CANARY })
    const before = JSON.parse(configBytes(dir)).profiles[0]

    // The settings folder was copied to another computer: same backend name, different key.
    const otherMachine = openWith(dir, new FakeCipher({ machineKey: 'machine-B' }))
    const read = await otherMachine.vault.readSecret(profile.id)

    expect(read).toMatchObject({ status: 'needs-secret', reason: 'decrypt-failed' })
    if (read.status === 'needs-secret') expect(read.remedy).toMatch(/Enter the client secret again/)
    expect(otherMachine.profiles.get(profile.id)).toMatchObject({
      name: validProfile.name,
      accountId: validProfile.accountId,
      clientId: validProfile.clientId,
      hostEmail: 'admin@example.org',
      hasSecret: false,
      secretStatus: 'needs-secret'
    })
    expect(JSON.parse(configBytes(dir)).profiles[0]).toEqual(before)

    const saved = await otherMachine.vault.saveSecret(profile.id, CANARY)
    expect(saved.persisted).toBe(true)
    expect(otherMachine.profiles.get(profile.id).secretStatus).toBe('saved')
  })

  it('asks again without decrypting when the Linux backend changed', async () => {
    const dir = tempDir()
    const { profile } = await openWith(dir, new FakeCipher()).profiles.create({
      ...validProfile,
      clientSecret: CANARY
    })
    const kwallet = new FakeCipher({ backend: 'kwallet6' })
    const read = await openWith(dir, kwallet).vault.readSecret(profile.id)
    expect(read).toMatchObject({ status: 'needs-secret', reason: 'backend-changed' })
    expect(kwallet.count('decrypt')).toBe(0)
  })

  it('moves a weakly stored secret up to a keyring once one appears', async () => {
    const dir = tempDir()
    const weak = new FakeCipher({ backend: 'basic_text' })
    const opened = openWith(dir, weak)
    await opened.vault.setWeakStorageOptIn(true)
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })

    const strong = new FakeCipher({ backend: 'gnome_libsecret' })
    const read = await openWith(dir, strong).vault.readSecret(profile.id)
    expect(read).toEqual({ status: 'ok', secret: CANARY })
    expect(JSON.parse(configBytes(dir)).profiles[0].secret.backend).toBe('gnome_libsecret')
  })

  it('keeps the secret for the session when encryption itself fails', async () => {
    const dir = tempDir()
    const cipher = new FakeCipher({ encryptError: new Error('keyring locked') })
    const opened = openWith(dir, cipher)
    const { profile, secret } = await opened.profiles.create({
      ...validProfile,
      clientSecret: CANARY
    })
    expect(secret).toMatchObject({ persisted: false, reason: 'encryption-failed' })
    await expect(opened.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: CANARY
    })
  })
})

describe('vault logging', () => {
  const tempDir = useTempDirs()

  it('never logs the secret, even when a backend error message echoes it', async () => {
    const dir = tempDir()
    const logger = recordingLogger()
    const cipher = new FakeCipher({ encryptError: new Error(`could not encrypt ${CANARY}`) })
    const opened = openWith(dir, cipher, logger)
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: CANARY })
    cipher.state.encryptError = null
    await opened.vault.saveSecret(profile.id, CANARY)
    await openWith(dir, new FakeCipher({ machineKey: 'other' }), logger).vault.readSecret(
      profile.id
    )
    await openWith(dir, new FakeCipher({ backend: 'basic_text' }), logger).vault.saveSecret(
      profile.id,
      CANARY
    )

    expect(logger.lines.length).toBeGreaterThan(3)
    expect(JSON.stringify(logger.lines)).not.toContain(CANARY)
  })

  it('rejects an empty secret with a plain message that does not echo input', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    const { profile } = await opened.profiles.create(validProfile)
    await expect(opened.vault.saveSecret(profile.id, '   ')).rejects.toMatchObject({
      appError: { code: 'invalid-input', message: 'Client secret is required.' }
    })
    const spaced = 'has spaces CANARY'
    const error = await opened.vault.saveSecret(profile.id, spaced).catch((e: unknown) => e)
    expect(JSON.stringify(error)).not.toContain('CANARY')
  })
})
