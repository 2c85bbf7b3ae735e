import { afterEach, describe, expect, it } from 'vitest'
import { openArchive } from '../../../../src/main/archive'
import { readWebinarAttendance } from '../../../../src/main/attendance/webinars'
import { accountArchive } from '../../../../src/main/attendance/fetch'
import { syncWebinars } from '../../../../src/main/attendance/webinars/sync-webinars'
import { archivePath, useTempFolder } from '../../../support/archive/temp-archive'
import { startSimAndClient, type SimSetup } from '../../zoom/support'

const folder = useTempFolder()
let setup: SimSetup | undefined
afterEach(async () => {
  await setup?.sim.close()
  setup = undefined
})

describe('syncing webinars into the archive', () => {
  it('archives every ended webinar session once, as kind webinar, with panelists and absentees', async () => {
    setup = await startSimAndClient()
    const { client, sim } = setup
    const archive = await openArchive(archivePath(folder()))
    try {
      const first = await syncWebinars(client, archive, { account: 'demo', now: () => new Date() })
      // Every past instance with rows of a webinar Zoom still lists is archived. Zoom drops a
      // one-off webinar from its list 30 days after it ran; the simulator's training is older.
      const listed = new Set<number>()
      for (const user of sim.org.users) {
        const mine = await client
          .listUserWebinars(user.id)
          .toArray()
          .catch(() => [])
        for (const w of mine) if (w.id !== undefined) listed.add(w.id)
      }
      const dropped = sim.org.webinars.all.filter((w) => !listed.has(w.id))
      expect(dropped.map((w) => w.type)).toEqual([5])
      const held = sim.org.webinars.all.filter((w) => listed.has(w.id)).flatMap((w) => w.instances)
      const withRows = held.filter((i) => sim.org.webinars.participants(i.uuid).length > 0)
      expect(first.failed).toBe(0)
      expect(first.newInstances).toBe(withRows.length)
      const stored = await archive.listInstances({ account: 'demo', kind: 'webinar' })
      expect(stored).toHaveLength(withRows.length)
      // A second sync fetches nothing again.
      const second = await syncWebinars(client, archive, { account: 'demo' })
      expect(second.newInstances).toBe(0)
      expect(second.alreadyArchived).toBe(withRows.length)
      // Offline, an archived session still has its roles and absentee check.
      const { instance } = sim.org.webinars.findQuirk('webinar-showcase')
      const offline = await readWebinarAttendance(null, instance?.uuid as string, {
        archive: accountArchive(archive, 'demo')
      })
      expect(offline.provenance.kind).toBe('archive')
      expect(offline.people.some((p) => p.role === 'Panelist')).toBe(true)
      expect(offline.absentees?.zoomAbsentees).toBe(
        sim.org.webinars.absentees(instance!.uuid).length
      )
    } finally {
      await archive.close()
    }
  })

  it('skips an account without the Webinar add-on with one sentence, never a failure', async () => {
    setup = await startSimAndClient({ webinarAddOn: false })
    const archive = await openArchive(archivePath(folder()))
    try {
      const result = await syncWebinars(setup.client, archive, { account: 'demo' })
      expect(result).toEqual({
        newInstances: 0,
        alreadyArchived: 0,
        failed: 0,
        notes: ['This account has no webinar licence.']
      })
      expect(await archive.listFailures('demo')).toEqual([])
    } finally {
      await archive.close()
    }
  })
})
