import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isNoShow, queryPeople } from '../../../../src/shared/attendance/person-query'
import type { PersonQuery } from '../../../../src/shared/attendance/person-query'
import { missedSessions, queryRollUp } from '../../../../src/shared/attendance/rollup-query'
import type { RollUpQuery } from '../../../../src/shared/attendance/rollup-query'
import type { InvokeChannel } from '../../../../src/shared/ipc/channels'
import type { InvokeOutput } from '../../../../src/shared/ipc/contract'
import { startSimulator } from '../../../../src/main/simulator'
import type { RunningSimulator } from '../../../../src/main/simulator'
import { connectedCore } from '../../../support/connected-core'

// The window's exports match its screen: it sends what it shows (a filter and sort), main runs
// the same query on the rows it computed itself, and the file holds exactly those rows.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())

async function setUp() {
  const saveDir = mkdtempSync(join(tmpdir(), 'headcount-shown-'))
  const { core } = await connectedCore(sim, { saveDir })
  const call = async <C extends InvokeChannel>(channel: C, input: unknown) => {
    const result = await core.router.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as InvokeOutput<C>
  }
  const readCsv = (fileName: string | null): Record<string, string>[] =>
    parse(readFileSync(join(saveDir, fileName ?? ''), 'utf8').replace(/^\uFEFF/, ''), {
      columns: true
    }) as Record<string, string>[]
  return { core, call, readCsv }
}

describe('one session: exports of what is shown, and the no-shows', () => {
  it('saves only the people shown, in the order shown', async () => {
    const { call, readCsv } = await setUp()
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const view = await call('attendance:load', { meeting: instance!.uuid })
    const shown: PersonQuery = {
      statuses: ['Attended', 'Partial'],
      search: '',
      sort: { key: 'minutesAttended', descending: true }
    }
    const expected = queryPeople(view.people, shown)
    expect(expected.length).toBeGreaterThan(1)
    expect(expected.length).toBeLessThan(view.people.length)
    const saved = await call('attendance:export-csv', {
      meeting: instance!.uuid,
      thresholdPercent: 75,
      timeZone: null,
      shown
    })
    expect(saved.rows).toBe(expected.length)
    const rows = readCsv(saved.fileName)
    expect(rows.map((r) => r['Email'])).toEqual(expected.map((p) => p.email))
    const minutes = rows.map((r) => Number(r['Minutes Attended']))
    expect([...minutes].sort((a, b) => b - a)).toEqual(minutes)
  })

  it('without a query saves everyone, as before (and as the command line does)', async () => {
    const { call } = await setUp()
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const view = await call('attendance:load', { meeting: instance!.uuid })
    const saved = await call('attendance:export-csv', {
      meeting: instance!.uuid,
      thresholdPercent: 75,
      timeZone: null
    })
    expect(saved.rows).toBe(view.people.length)
  })

  it('saves the no-shows with name, email and registration date', async () => {
    const { call, readCsv } = await setUp()
    const { instance } = sim.org.findQuirkMeeting('showcase')
    const view = await call('attendance:load', { meeting: instance!.uuid })
    const noShows = view.people.filter(isNoShow)
    expect(noShows.length).toBeGreaterThan(0)
    expect(noShows.every((p) => p.registeredAt !== null)).toBe(true)
    const saved = await call('attendance:export-csv', {
      meeting: instance!.uuid,
      thresholdPercent: 75,
      timeZone: 'Europe/Berlin',
      list: 'no-shows'
    })
    expect(saved.fileName).toMatch(/no-shows\.csv$/)
    const rows = readCsv(saved.fileName)
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual([
      'Name',
      'Email',
      'Registered On (Europe/Berlin)'
    ])
    expect(rows.map((r) => r['Email'])).toEqual(noShows.map((p) => p.email))
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}T/.test(r['Registered On (Europe/Berlin)']!))).toBe(
      true
    )
  })

  it('accepts a meeting ID the way Zoom shows it, with spaces or dashes', async () => {
    const { call } = await setUp()
    const { meeting } = sim.org.findQuirkMeeting('showcase')
    const id = String(meeting.id)
    const grouped = `${id.slice(0, 3)} ${id.slice(3, 7)}-${id.slice(7)}`
    const view = await call('attendance:load', { meeting: grouped })
    expect(view.meeting.id).toBe(id)
    const dates = await call('meetings:occurrences', { meetingId: grouped })
    expect(dates.occurrences.length).toBeGreaterThan(0)
  })
})

describe('roll-up: statuses per session, the host, and exports of what is shown', () => {
  it('tells registered-but-absent from not registered, and marks the host', async () => {
    const { call } = await setUp()
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    const view = await call('rollup:load', {
      selection: { kind: 'recurring', meetingId: String(meeting.id) }
    })
    const everyStatus = view.people.flatMap((p) => p.statuses)
    expect(everyStatus).toContain('Absent')
    expect(everyStatus).toContain(null)
    const host = sim.org.users.find((u) => u.id === meeting.hostId)!
    const hosts = view.people.filter((p) => p.host)
    expect(hosts.map((p) => p.email)).toEqual([host.email.toLowerCase()])
    expect(view.people.some((p) => missedSessions(p) > 0)).toBe(true)
  })

  it('a series can be limited to a date range', async () => {
    const { call } = await setUp()
    const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
    const all = await call('rollup:load', {
      selection: { kind: 'recurring', meetingId: String(meeting.id) }
    })
    const starts = all.instances.map((i) => i.start!.slice(0, 10))
    const from = starts[Math.floor(starts.length / 2)]!
    const to = starts.at(-1)!
    const some = await call('rollup:load', {
      selection: { kind: 'recurring', meetingId: String(meeting.id), from, to }
    })
    expect(some.instances.length).toBeLessThan(all.instances.length)
    expect(some.instances.every((i) => i.start!.slice(0, 10) >= from)).toBe(true)
  })

  for (const layout of ['matrix', 'long'] as const) {
    it(`saves only the people shown (${layout})`, async () => {
      const { call, readCsv } = await setUp()
      const { meeting } = sim.org.findQuirkMeeting('recurring-registration')
      const selection = { kind: 'recurring', meetingId: String(meeting.id) }
      const view = await call('rollup:load', { selection })
      const shown: RollUpQuery = {
        minAttended: 2,
        includeHost: false,
        search: '',
        sort: { key: 'missed', descending: true }
      }
      const order = queryRollUp(view.people, shown)
      expect(order.length).toBeGreaterThan(0)
      expect(order.length).toBeLessThan(view.people.length)
      const saved = await call('rollup:export-csv', {
        selection,
        thresholdPercent: 75,
        timeZone: null,
        layout,
        shown
      })
      const rows = readCsv(saved.fileName)
      const people = order.map((index) => view.people[index]!)
      if (layout === 'matrix') {
        expect(rows.map((r) => r['Email'])).toEqual(people.map((p) => p.email))
      } else {
        const expected = people.flatMap((p) =>
          p.statuses.flatMap((status) => (status === null ? [] : [p.email]))
        )
        expect(rows.map((r) => r['Email'] || '')).toHaveLength(expected.length)
        expect(new Set(rows.map((r) => r['Email']))).toEqual(new Set(expected))
      }
      expect(people.some((p) => p.host)).toBe(false)
    })
  }
})

describe('the small additions the window needs', () => {
  it('keeps one display time zone for screen and files', async () => {
    const { call } = await setUp()
    expect((await call('settings:get', undefined)).timeZone).toBeNull()
    const saved = await call('settings:update', { timeZone: 'America/Chicago' })
    expect(saved.timeZone).toBe('America/Chicago')
    expect((await call('settings:get', undefined)).timeZone).toBe('America/Chicago')
  })

  it('refuses a zone that does not exist, in plain words', async () => {
    const { core } = await setUp()
    const result = await core.router.dispatch('settings:update', { timeZone: 'Mars/Olympus' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(result)).toMatch(/America\/New_York/)
  })

  it('disconnects the account in use and keeps it saved', async () => {
    const { call } = await setUp()
    const connection = await call('accounts:disconnect', undefined)
    expect(connection.mode).toBe('none')
    const state = await call('accounts:get-state', undefined)
    expect(state.profiles).toHaveLength(1)
    expect(state.profiles[0]!.isActive).toBe(false)
  })

  it('gives a meeting row its links and registrant count', async () => {
    const { call } = await setUp()
    const { meeting } = sim.org.findQuirkMeeting('manual-approval')
    const links = await call('meetings:links', { meetingId: String(meeting.id) })
    expect(links.joinUrl).toMatch(/^https:/)
    expect(links.registrationUrl).toMatch(/register/)
    const registrants = sim.org.registrants(meeting.id)
    expect(links.registrants).toEqual({
      approved: registrants.filter((r) => r.status === 'approved').length,
      pending: registrants.filter((r) => r.status === 'pending').length
    })
    const open = sim.org.findQuirkMeeting('no-registration').meeting
    expect((await call('meetings:links', { meetingId: String(open.id) })).registrants).toBeNull()
  })
})
