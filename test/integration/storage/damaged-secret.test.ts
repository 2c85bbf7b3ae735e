import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FakeCipher } from '../../support/storage/fake-cipher'
import { openWith, useTempDirs, validProfile } from '../../support/storage/temp-settings'

// Issue 19, defect 6: one profile's unusable ciphertext must not cost every profile. Only that
// secret is marked for re-entry, as an undecryptable one already is.

const corruptCopies = (dir: string): string[] =>
  readdirSync(dir).filter((name) => /^config\.corrupt-.*\.json$/.test(name))

describe('a profile whose saved secret is not usable ciphertext', () => {
  const tempDir = useTempDirs()

  async function twoProfiles(dir: string): Promise<{ good: string; bad: string }> {
    const opened = openWith(dir, new FakeCipher())
    const good = await opened.profiles.create({ ...validProfile, clientSecret: 'good-secret-1' })
    const bad = await opened.profiles.create({
      ...validProfile,
      name: 'Second account',
      clientId: 'otherClient42',
      clientSecret: 'bad-secret-22'
    })
    return { good: good.profile.id, bad: bad.profile.id }
  }

  it.each([
    ['not base64', { ciphertext: 'not base64 at all!' }],
    ['an unknown password store', { backend: 'kwallet99' }],
    ['a broken date', { savedAt: 'yesterday' }]
  ])('(%s) costs only that secret, which is marked for re-entry', async (_label, damage) => {
    const dir = tempDir()
    const { good, bad } = await twoProfiles(dir)
    const file = join(dir, 'config.json')
    const data = JSON.parse(readFileSync(file, 'utf8'))
    const target = data.profiles.find((p: { id: string }) => p.id === bad)
    Object.assign(target.secret, damage)
    const content = JSON.stringify(data, undefined, '\t')
    writeFileSync(file, content)

    const reopened = openWith(dir, new FakeCipher())

    expect(reopened.notice).toBeNull()
    expect(corruptCopies(dir)).toEqual([])
    expect(reopened.profiles.list().map((p) => p.id)).toEqual([good, bad])
    expect(reopened.profiles.get(good)).toMatchObject({ secretStatus: 'saved' })
    expect(reopened.profiles.get(bad)).toMatchObject({
      name: 'Second account',
      secretStatus: 'needs-secret'
    })
    await expect(reopened.vault.readSecret(good)).resolves.toEqual({
      status: 'ok',
      secret: 'good-secret-1'
    })
    const read = await reopened.vault.readSecret(bad)
    expect(read).toMatchObject({ status: 'needs-secret' })
    if (read.status === 'needs-secret') expect(read.remedy).toMatch(/Enter the client secret again/)
    // The damaged file itself is kept, byte for byte.
    const copies = readdirSync(dir).filter((name) => /^config\.before-repair-.*\.json$/.test(name))
    expect(copies).toHaveLength(1)
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(content)

    await reopened.vault.saveSecret(bad, 'bad-secret-22')
    expect(reopened.profiles.get(bad)).toMatchObject({ secretStatus: 'saved' })
  })
})
