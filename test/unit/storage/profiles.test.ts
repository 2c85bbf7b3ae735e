import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../src/shared/app-error'
import { FakeCipher } from '../../support/storage/fake-cipher'
import { openWith, useTempDirs, validProfile } from '../../support/storage/temp-settings'

async function failureOf(promiseOrFn: Promise<unknown> | (() => unknown)): Promise<AppFailure> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn)
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected an AppFailure')
}

describe('profiles', () => {
  const tempDir = useTempDirs()

  it('trims pasted values and makes the first profile active', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    const { profile } = await opened.profiles.create({
      name: '  Riverside  ',
      accountId: ' AbC123_-xyz\n',
      clientId: '\tclientXYZ987 ',
      plan: 'business'
    })
    expect(profile).toMatchObject({
      name: 'Riverside',
      accountId: 'AbC123_-xyz',
      clientId: 'clientXYZ987',
      plan: 'business',
      hostEmail: null,
      isActive: true,
      hasSecret: false,
      secretStatus: 'missing'
    })
    const second = await opened.profiles.create({ ...validProfile, accountId: 'Other1' })
    expect(second.profile.isActive).toBe(false)
    expect(opened.settings.get().activeProfileId).toBe(profile.id)
  })

  it('explains every invalid field in plain words', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    const failure = await failureOf(
      opened.profiles.create({ name: '', accountId: 'has space', clientId: 'ok', plan: 'gold' })
    )
    expect(failure.appError.code).toBe('invalid-input')
    expect(failure.appError.details?.fields).toEqual([
      { field: 'name', message: 'Name is required.' },
      { field: 'accountId', message: "Account ID may contain only letters, digits, '-' and '_'." },
      { field: 'plan', message: 'Plan must be Free, Pro or Business.' }
    ])
    expect(opened.profiles.list()).toEqual([])
  })

  it('refuses the same account and app twice', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    await opened.profiles.create(validProfile)
    const failure = await failureOf(opened.profiles.create({ ...validProfile, name: 'Again' }))
    expect(failure.appError.message).toContain('already saved as "Riverside Food Bank"')
  })

  it('drops the secret when the client ID changes without a new secret', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    const { profile } = await opened.profiles.create({ ...validProfile, clientSecret: 'old-one' })
    const renamed = await opened.profiles.update(profile.id, { name: 'Renamed' })
    expect(renamed.profile).toMatchObject({ name: 'Renamed', secretStatus: 'saved' })

    const moved = await opened.profiles.update(profile.id, { clientId: 'newClient1' })
    expect(moved.profile).toMatchObject({ clientId: 'newClient1', secretStatus: 'missing' })
    await expect(opened.vault.readSecret(profile.id)).resolves.toMatchObject({ status: 'missing' })

    const fixed = await opened.profiles.update(profile.id, { clientSecret: 'new-one' })
    expect(fixed.secret).toMatchObject({ persisted: true })
    await expect(opened.vault.readSecret(profile.id)).resolves.toEqual({
      status: 'ok',
      secret: 'new-one'
    })
  })

  it('removing the active profile activates the next one and forgets its secret', async () => {
    const opened = openWith(tempDir(), new FakeCipher({ backend: 'basic_text' }))
    const a = await opened.profiles.create({ ...validProfile, clientSecret: 'session-secret' })
    const b = await opened.profiles.create({ ...validProfile, accountId: 'Second1' })
    opened.profiles.remove(a.profile.id)
    expect(opened.profiles.list().map((p) => p.id)).toEqual([b.profile.id])
    expect(opened.profiles.active()?.id).toBe(b.profile.id)
    await expect(failureOf(() => opened.profiles.get(a.profile.id))).resolves.toMatchObject({
      appError: { code: 'not-found' }
    })
    await expect(failureOf(opened.vault.readSecret(a.profile.id))).resolves.toMatchObject({
      appError: { code: 'not-found' }
    })
    opened.profiles.remove(b.profile.id)
    expect(opened.profiles.active()).toBeNull()
  })

  it('switches the active profile and rejects unknown ids', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    await opened.profiles.create(validProfile)
    const b = await opened.profiles.create({ ...validProfile, accountId: 'Second1' })
    expect(opened.profiles.setActive(b.profile.id).isActive).toBe(true)
    expect(opened.profiles.list().filter((p) => p.isActive)).toHaveLength(1)
    await expect(failureOf(() => opened.profiles.setActive('nope'))).resolves.toMatchObject({
      appError: { code: 'not-found' }
    })
  })
})

describe('settings', () => {
  const tempDir = useTempDirs()

  it('starts with the documented export defaults and accepts partial changes', () => {
    const opened = openWith(tempDir(), new FakeCipher())
    expect(opened.settings.exportDefaults()).toEqual({
      attendanceThreshold: 75,
      timeZone: null,
      layout: 'one-row-per-person'
    })
    const next = opened.settings.updateExportDefaults({ timeZone: 'America/Chicago' })
    expect(next).toEqual({
      attendanceThreshold: 75,
      timeZone: 'America/Chicago',
      layout: 'one-row-per-person'
    })
  })

  it('rejects impossible values with a message that names the fix', async () => {
    const opened = openWith(tempDir(), new FakeCipher())
    const threshold = await failureOf(() =>
      opened.settings.updateExportDefaults({ attendanceThreshold: 150 })
    )
    expect(threshold.appError.message).toBe('Attendance threshold must be between 0 and 100.')
    const zone = await failureOf(() =>
      opened.settings.updateExportDefaults({ timeZone: 'Mars/Base' })
    )
    expect(zone.appError.message).toBe('Time zone must be a name like America/New_York.')
    expect(opened.settings.exportDefaults().attendanceThreshold).toBe(75)
  })
})
