/**
 * The identity book in the archive: decisions are kept per account with time and reason, a new
 * answer to the same question replaces the old one, and undo keeps the row for the audit.
 */
import { describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()
const at = (day: number): Date => new Date(Date.UTC(2026, 9, day))

describe('identity book storage', () => {
  it('keeps decisions per account, replaces a re-answer, and undoes without deleting', async () => {
    const archive = await openArchive(archivePath(tempFolder()))
    const first = await archive.recordIdentityAction(
      'profile-a',
      { kind: 'accept', linkKey: '["name","iphone","e:ann@example.org"]', reason: 'Her phone' },
      at(1)
    )
    await archive.recordIdentityAction(
      'profile-b',
      { kind: 'alias', alias: 'Bob', email: 'bob@example.org' },
      at(1)
    )
    const again = await archive.recordIdentityAction(
      'profile-a',
      { kind: 'reject', linkKey: '["name","iphone","e:ann@example.org"]' },
      at(2)
    )
    const open = await archive.identityActions('profile-a')
    expect(open.map((a) => [a.id, a.kind])).toEqual([[again.id, 'reject']])
    const all = await archive.identityActions('profile-a', { includeUndone: true })
    expect(all.map((a) => [a.kind, a.reason, a.undoneAtMs, a.undoneReason])).toEqual([
      ['accept', 'Her phone', at(2).getTime(), 'Answered again'],
      ['reject', '', null, '']
    ])
    expect(first.createdAtMs).toBe(at(1).getTime())

    expect(
      await archive.undoIdentityAction('profile-a', again.id, 'Clicked by mistake', at(3))
    ).toBe(true)
    expect(await archive.undoIdentityAction('profile-a', again.id, 'twice', at(4))).toBe(false)
    // Another account's decision cannot be undone from this one.
    const [bob] = await archive.identityActions('profile-b')
    expect(await archive.undoIdentityAction('profile-a', bob!.id, '', at(4))).toBe(false)
    expect(await archive.identityActions('profile-a')).toEqual([])
    expect(await archive.identityActions('profile-b')).toHaveLength(1)
    await archive.close()
  })
})
