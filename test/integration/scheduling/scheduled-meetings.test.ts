import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  listScheduledMeetings,
  whoseMeetings
} from '../../../src/main/scheduling/scheduled-meetings'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import type { ZoomClient } from '../../../src/main/zoom'
import { clientFor } from '../attendance/fetch/support'

let sim: RunningSimulator
let client: ZoomClient

beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, plan: 'business' })
  client = clientFor(sim)
})
afterAll(() => sim.close())

/** The ids of the meetings Zoom lists for one host, for comparing listings. */
async function idsOf(userId: string, signedInHost?: string | null): Promise<string[]> {
  const meetings = await listScheduledMeetings(client, userId, 'scheduled', { signedInHost })
  return meetings.map((meeting) => String(meeting.id)).sort()
}

describe('the one scheduled-meetings listing and its `me` rule', () => {
  it('reads `me` as the signed-in host when there is one', async () => {
    const owner = sim.org.findUser('me')
    const host = sim.org.users.find(
      (user) => user !== owner && sim.org.meetings.some((m) => m.hostId === user.id)
    )
    expect(host).toBeDefined()
    const hostsOwn = await idsOf(host!.email)
    expect(hostsOwn.length).toBeGreaterThan(0)
    expect(await idsOf('me', host!.email)).toEqual(hostsOwn)
    expect(await idsOf('me', host!.email)).not.toEqual(await idsOf('me'))
  })

  it('sends `me` to Zoom as is without a signed-in host, as the command line always does', async () => {
    const owner = sim.org.findUser('me')
    expect(await idsOf('me', null)).toEqual(await idsOf(owner!.email))
  })

  it('never replaces a named user', () => {
    expect(whoseMeetings('ada@example.org', 'host@example.org')).toBe('ada@example.org')
    expect(whoseMeetings('Me', 'host@example.org')).toBe('Me')
    expect(whoseMeetings('me', 'host@example.org')).toBe('host@example.org')
    expect(whoseMeetings('me', null)).toBe('me')
  })
})
