/**
 * The identity book on hand-computed archived meetings: answering a review question changes the
 * archived meeting's counts at once (retroactively, in every meeting the question is about), is
 * never asked again, and undo brings the question back. Aliases join a guest to a known person;
 * the alias CSV reads a roster and writes the book back out.
 *
 * Two weekly runs, 17:00–18:00 UTC. Ann Lee (ann@x.org) registered for both and joined each time
 * as a guest named "Ann Lee" with no email: week 1 for 50 min, week 2 for 30 min. Week 3 she
 * joined as "Annie" for 40 min.
 */
import { describe, expect, it } from 'vitest'
import { openArchive, type Archive, type StoreInstanceInput } from '../../../src/main/archive'
import { nameLinkKey } from '../../../src/main/attendance/engine'
import { accountArchive, readInstanceAttendance } from '../../../src/main/attendance/fetch'
import { toCsvString } from '../../../src/main/csv'
import { aliasCsvTable } from '../../../src/main/identity/alias-csv'
import { identityBook } from '../../../src/main/identity/identity-book'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()
const account = 'profile-a'
const week = (n: number): number => Date.UTC(2026, 9, 5 + 7 * (n - 1), 17)
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

function instance(n: number, guest: string, minutes: number): StoreInstanceInput {
  const start = week(n)
  return {
    account,
    meeting: { kind: 'meeting', id: '85746065432', topic: 'Volunteer briefing', type: 8 },
    detail: {
      uuid: `week-${n}==`,
      id: 85746065432,
      topic: 'Volunteer briefing',
      start_time: iso(start),
      end_time: iso(start + 3600_000),
      duration: 60
    },
    source: 'report',
    participants: [
      {
        id: '',
        user_id: `10${n}`,
        name: guest,
        user_email: '',
        join_time: iso(start),
        leave_time: iso(start + minutes * 60_000),
        duration: minutes * 60,
        status: 'in_meeting'
      }
    ],
    registrants: [
      { id: 'R1', email: 'ann@x.org', first_name: 'Ann', last_name: 'Lee', status: 'approved' }
    ]
  }
}

async function archiveWithWeeks(): Promise<Archive> {
  const archive = await openArchive(archivePath(tempFolder()))
  await archive.storeInstance(instance(1, 'Ann Lee', 50))
  await archive.storeInstance(instance(2, 'Ann Lee', 30))
  await archive.storeInstance(instance(3, 'Annie', 40))
  return archive
}

/** Each person of an archived week as [name, registered, minutes], as the window reads it. */
async function people(archive: Archive, n: number) {
  const result = await readInstanceAttendance(null, `week-${n}==`, {
    archive: accountArchive(archive, account)
  })
  return result.people.map((p) => [p.name, p.registered, p.minutesAttended])
}

const annKey = nameLinkKey('Ann Lee', 'e:ann@x.org')

describe('the identity book applied to archived meetings', () => {
  it('one question for a name seen in two meetings; Reject splits both at once; undo returns it', async () => {
    const archive = await archiveWithWeeks()
    const book = identityBook(archive, account)

    const queue = await book.reviewQueue()
    expect(queue.instances).toBe(3)
    expect(queue.items.map((i) => [i.kind, i.key, i.merged])).toEqual([
      ['name-only-match', annKey, true]
    ])
    expect(queue.items[0]!.meetings.map((m) => m.uuid)).toEqual(['week-2==', 'week-1=='])
    expect(queue.openByMeeting).toEqual({ 'week-1==': 1, 'week-2==': 1 })
    // Before any answer the engine's guess stands: one registered person.
    expect(await people(archive, 1)).toEqual([['Ann Lee', true, 50]])

    const rejected = await book.answer(annKey, 'reject', 'Two different Anns')
    expect(rejected).toMatchObject({
      kind: 'reject',
      summary: '“ann lee” is not ann@x.org',
      reason: 'Two different Anns',
      undoneAt: null
    })
    // Retroactive: both archived weeks now count the guest apart from the registrant.
    expect(await people(archive, 1)).toEqual([
      ['Ann Lee', false, 50],
      ['Ann Lee', true, 0]
    ])
    expect(await people(archive, 2)).toEqual([
      ['Ann Lee', false, 30],
      ['Ann Lee', true, 0]
    ])
    // Never asked twice.
    expect((await book.reviewQueue()).items).toEqual([])

    expect(await book.undo(rejected.id, 'Asked the coordinator')).toBe(true)
    expect(await people(archive, 1)).toEqual([['Ann Lee', true, 50]])
    expect((await book.reviewQueue()).items.map((i) => i.key)).toEqual([annKey])
    const audit = await book.decisions({ personKey: 'e:ann@x.org', includeUndone: true })
    expect(audit.map((d) => [d.kind, d.undoneReason])).toEqual([
      ['reject', 'Asked the coordinator']
    ])
    await archive.close()
  })

  it('Accept keeps the merge, closes the question and is listed for the person', async () => {
    const archive = await archiveWithWeeks()
    const book = identityBook(archive, account)
    await book.answer(annKey, 'accept')
    expect(await people(archive, 2)).toEqual([['Ann Lee', true, 30]])
    const week2 = await readInstanceAttendance(null, 'week-2==', {
      archive: accountArchive(archive, account)
    })
    expect(week2.reviewCandidates).toEqual([])
    expect(week2.people[0]!.audit.decisions).toEqual([annKey])
    expect((await book.decisions({ personKey: 'e:ann@x.org' })).map((d) => d.summary)).toEqual([
      '“ann lee” is ann@x.org'
    ])
    // A second answer to the same question replaces the first.
    await book.answer(annKey, 'reject')
    expect((await book.decisions()).map((d) => d.kind)).toEqual(['reject'])
    await archive.close()
  })

  it('an alias joins the guest "Annie" to Ann in the archived week 3', async () => {
    const archive = await archiveWithWeeks()
    const book = identityBook(archive, account)
    expect(await people(archive, 3)).toEqual([
      ['Ann Lee', true, 0],
      ['Annie', false, 40]
    ])
    await book.addAlias({ email: 'ANN@x.org', alias: 'Annie', name: 'Ann Lee' })
    // Added twice, stored once.
    await book.addAlias({ email: 'ann@x.org', alias: 'annie' })
    expect(await people(archive, 3)).toEqual([['Ann Lee', true, 40]])
    expect((await book.decisions()).map((d) => [d.kind, d.email, d.alias])).toEqual([
      ['alias', 'ann@x.org', 'Annie']
    ])
    await archive.close()
  })

  it('imports a roster CSV (BOM, CRLF, a bad row) and exports the aliases formula-safe', async () => {
    const archive = await archiveWithWeeks()
    const book = identityBook(archive, account)
    const roster =
      '\uFEFFName,Email,Alias\r\n' +
      'Ann Lee,ann@x.org,Annie\r\n' +
      'Bo Chen,bo@x.org,"=HYPERLINK(""x"")"\r\n' +
      'Cy Ng,not-an-email,Cy\r\n' +
      'Dee,dee@x.org,\r\n'
    const imported = await book.importAliases(roster)
    expect(imported).toEqual({
      added: 2,
      unchanged: 0,
      problems: [
        'Line 4: “not-an-email” is not an email address, so it was skipped.',
        'Line 5: the Alias is empty, so it was skipped.'
      ]
    })
    expect((await book.importAliases(roster)).unchanged).toBe(2)
    expect(await people(archive, 3)).toEqual([['Ann Lee', true, 40]])
    expect(toCsvString(aliasCsvTable(await book.actions()))).toBe(
      '\uFEFFName,Email,Alias\r\n' +
        'Ann Lee,ann@x.org,Annie\r\n' +
        `Bo Chen,bo@x.org,"'=HYPERLINK(""x"")"\r\n`
    )
    await archive.close()
  })

  it('refuses an answer to a question Headcount never asked, recording nothing', async () => {
    const archive = await archiveWithWeeks()
    const book = identityBook(archive, account)
    await expect(book.answer('not a key', 'accept')).rejects.toThrow(
      'This is not a question Headcount asked, so nothing was recorded.'
    )
    expect(await book.decisions({ includeUndone: true })).toEqual([])
    await expect(book.importAliases('Name,Mail\r\nAnn,ann@x.org\r\n')).rejects.toThrow(
      'This file has no “Email” and “Alias” columns.'
    )
    await archive.close()
  })
})
