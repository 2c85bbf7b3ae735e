import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive'
import { archiveInstance, syncArchive } from '../../../src/main/attendance/archiving'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import type { ZoomClient } from '../../../src/main/zoom'
import { apiResponseFailure } from '../../../src/main/zoom/errors'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'
import { callsSince, listableUuids } from '../../support/archive/sim-instances'
import { clientFor } from '../attendance/fetch/support'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, rateLimits: false })
})
afterAll(() => sim.close())

const tempFolder = useTempFolder()
const account = 'profile-1'

const client = (options: { maxAttempts?: number } = {}): ZoomClient => clientFor(sim, options)

async function freshArchive(): Promise<Archive> {
  return openArchive(archivePath(tempFolder()))
}

/** A host with few instances keeps these runs short. */
function smallHost(): { id: string; email: string; uuids: string[] } {
  const counted = sim.org.users
    .map((user) => ({ id: user.id, email: user.email, uuids: listableUuids(sim, [user.id]) }))
    .filter((host) => host.uuids.length >= 3)
    .sort((a, b) => a.uuids.length - b.uuids.length)
  return counted[0]!
}

/** Zoom answering 3001 for this one instance, as it does once a meeting is deleted. */
function withGone(base: ZoomClient, uuid: string): ZoomClient {
  const gone = (): never => {
    throw apiResponseFailure(404, { code: 3001, message: 'Meeting does not exist.' })
  }
  return {
    ...base,
    getReportMeeting: (ref, options) =>
      ref === uuid ? gone() : base.getReportMeeting(ref, options),
    getPastMeeting: (ref, options) => (ref === uuid ? gone() : base.getPastMeeting(ref, options))
  }
}

describe('sync', () => {
  it('records a failed instance with its error, lists it, and retries it next time', async () => {
    const archive = await freshArchive()
    const host = smallHost()
    sim.faults.inject({ fault: 'server-error', target: 'reportParticipants', skip: 1, times: 1 })
    const first = await syncArchive(client({ maxAttempts: 1 }), archive, {
      account,
      hosts: [host.email],
      concurrency: 1
    })
    sim.faults.reset()
    expect(first.summary.newInstances).toBe(host.uuids.length - 1)
    expect(first.summary.failed).toHaveLength(1)
    const [failed] = first.summary.failed
    expect(failed).toMatchObject({ attempts: 1, error: { code: 'zoom-unavailable' } })
    expect(failed!.topic).toBeTruthy()
    expect(await archive.hasInstance(account, failed!.uuid)).toBe(false)
    expect(await archive.listFailures(account)).toHaveLength(1)

    const before = sim.stats().byEndpoint
    const second = await syncArchive(client(), archive, { account, hosts: [host.email] })
    expect(second.summary).toMatchObject({ newInstances: 1, failed: [] })
    expect(callsSince(sim, before).reportMeeting).toBe(1)
    expect(await archive.hasInstance(account, failed!.uuid)).toBe(true)
    expect(await archive.listFailures(account)).toEqual([])
    await archive.close()
  })

  it('keeps an archived instance Zoom no longer has, marked gone', async () => {
    const archive = await freshArchive()
    const host = smallHost()
    await syncArchive(client(), archive, { account, hosts: [host.email] })
    const uuid = host.uuids[0]!
    const zoom = withGone(client(), uuid)

    const refreshed = await archiveInstance(zoom, archive, account, uuid, {
      now: () => new Date('2026-12-01T10:00:00Z')
    })
    expect(refreshed).toEqual({ outcome: 'gone', zoomCode: 3001, archived: true })
    const kept = await archive.readInstance(account, uuid)
    expect(kept?.participants.length).toBe(sim.org.participants(uuid).length)
    expect(kept?.summary.goneSinceMs).toBe(Date.parse('2026-12-01T10:00:00Z'))

    // Syncing again never deletes it; it still counts as archived.
    const again = await syncArchive(zoom, archive, { account, hosts: [host.email] })
    expect(again.summary).toMatchObject({ newInstances: 0, alreadyArchived: host.uuids.length })
    expect(await archive.hasInstance(account, uuid)).toBe(true)
    await archive.close()
  })

  it('counts an instance Zoom lists but no longer serves as gone, not as a failure', async () => {
    const archive = await freshArchive()
    const host = smallHost()
    const uuid = host.uuids.at(-1)!
    const result = await syncArchive(withGone(client(), uuid), archive, {
      account,
      hosts: [host.email]
    })
    expect(result.summary).toMatchObject({
      newInstances: host.uuids.length - 1,
      goneFromZoom: 1,
      failed: []
    })
    await archive.close()
  })

  it('stops on cancel, keeping whole instances, and the next run carries on', async () => {
    const archive = await freshArchive()
    const host = sim.org.users[0]!
    const expected = listableUuids(sim, [host.id])
    const controller = new AbortController()
    const first = await syncArchive(client(), archive, {
      account,
      hosts: [host.email],
      signal: controller.signal,
      concurrency: 2,
      onProgress: (done) => {
        if (done === 4) controller.abort()
      }
    })
    expect(first.summary.cancelled).toBe(true)
    const stored = (await archive.accountStats(account)).instances
    expect(stored).toBeGreaterThanOrEqual(4)
    expect(stored).toBeLessThan(expected.length)
    for (const instance of await archive.listInstances({ account })) {
      const copy = await archive.readInstance(account, instance.uuid)
      expect(copy?.participants).toHaveLength(sim.org.participants(instance.uuid).length)
    }
    const second = await syncArchive(client(), archive, { account, hosts: [host.email] })
    expect(second.summary).toMatchObject({
      newInstances: expected.length - stored,
      alreadyArchived: stored,
      cancelled: false
    })
    expect((await archive.lastSyncRun(account))?.summary).toMatchObject({ cancelled: false })
    await archive.close()
  })

  it('stops the whole sync when Zoom refuses the credentials, and says so', async () => {
    const archive = await freshArchive()
    const refused = clientFor(sim, { clientSecret: 'wrong-secret' })
    await expect(syncArchive(refused, archive, { account })).rejects.toMatchObject({
      appError: { code: 'auth' }
    })
    await archive.close()
  })
})
