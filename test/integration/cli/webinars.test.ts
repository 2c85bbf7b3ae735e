import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import {
  parseCsv,
  parseCsvRows,
  removeTempDirs,
  runInProcess,
  simEnv,
  tempDir
} from './support/cli-harness'

let sim: RunningSimulator
let env: Record<string, string>

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  env = {
    ...simEnv(sim, tempDir('webinar-logs')),
    HEADCOUNT_ARCHIVE: `${tempDir('webinar-archive')}/a.sqlite`
  }
})
afterAll(async () => {
  await sim.close()
  removeTempDirs()
})

const run = (...args: string[]) => runInProcess([...args, '--plan', 'business'], env)

describe('headcount webinars and attendance --webinar', () => {
  it("lists a host's webinars and the sessions they held", async () => {
    const { webinar } = sim.org.webinars.findQuirk('webinar-series')
    const host = sim.org.users.find((u) => u.id === webinar.hostId)?.email as string
    const listed = await run('webinars', '--user', host)
    expect(listed.code).toBe(0)
    expect(parseCsv(listed.stdout).map((r) => r['Webinar ID'])).toContain(String(webinar.id))
    const past = await run('webinars', '--user', host, '--past')
    const uuids = parseCsv(past.stdout).map((r) => r['Webinar UUID'])
    for (const instance of webinar.instances) expect(uuids).toContain(instance.uuid)
  })

  it('says a host without a licence has none, in one sentence, and exits 0', async () => {
    const free = sim.org.webinars.unlicensedHost()?.email as string
    const result = await run('webinars', '--user', free)
    expect(result.code).toBe(0)
    expect(result.stderr.trim()).toBe('Note: This account has no webinar licence.')
    expect(parseCsvRows(result.stdout)).toHaveLength(1)
  })

  it('gives the documented columns with Role after Status, by id and by a session UUID', async () => {
    const { webinar, instance } = sim.org.webinars.findQuirk('webinar-showcase')
    const byId = await run('attendance', String(webinar.id), '--webinar')
    expect(byId.code).toBe(0)
    const [headers] = parseCsvRows(byId.stdout)
    expect(headers.slice(7, 11)).toEqual([
      'Registration Status',
      'Status',
      'Role',
      'First Join (UTC)'
    ])
    expect(byId.stderr).toMatch(/attendees: \d+ registered, \d+ attended/)
    const byUuid = await run('attendance', instance?.uuid as string)
    expect(byUuid.code).toBe(0)
    const roles = new Set(parseCsv(byUuid.stdout).map((r) => r.Role))
    expect(roles).toEqual(new Set(['Host', 'Panelist', 'Attendee']))
  })

  it('sync archives webinar sessions too, and --meetings-only leaves them out', async () => {
    const { webinar } = sim.org.webinars.findQuirk('webinar-series')
    const host = sim.org.users.find((u) => u.id === webinar.hostId)?.email as string
    const file = `${tempDir('webinar-sync')}/a.sqlite`
    const only = await run('sync', '--user', host, '--meetings-only', '--archive', file)
    expect(only.code, only.stderr).toBe(0)
    expect(only.stderr).not.toMatch(/Webinar sessions/)
    const both = await run('sync', '--user', host, '--archive', file)
    expect(both.code, both.stderr).toBe(0)
    expect(both.stderr).toMatch(/Webinar sessions: [1-9]\d* newly archived, 0 already archived\./)
  })
})
