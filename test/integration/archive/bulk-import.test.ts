// A big import (larger than the archive) drops the lookup indexes, stores, and rebuilds them in
// one transaction: afterwards every index is back, lookups answer, and a cancel or an error
// leaves whole instances with their indexes.
import { describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive'
import { ArchiveDb } from '../../../src/main/archive/sqlite/archive-db'
import { sampleInstance } from '../../support/archive/sample-instances'
import { archivePath, useTempFolder } from '../../support/archive/temp-archive'

const tempFolder = useTempFolder()

function indexNames(core: ArchiveDb): string[] {
  const rows = core.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    )
    .all() as { name: string }[]
  return rows.map((r) => r.name)
}

function instances(count: number, rows: number): ReturnType<typeof sampleInstance>[] {
  return Array.from({ length: count }, (_, n) => {
    const input = sampleInstance({ uuid: `bulk-${n}` })
    const template = input.participants[1]
    input.participants = Array.from({ length: rows }, (_, i) => ({
      ...template,
      user_id: String(i),
      user_email: `person${i % 700}@example.org`
    }))
    return input
  })
}

async function freshCore(): Promise<ArchiveDb> {
  const file = archivePath(tempFolder())
  await (await openArchive(file)).close()
  return ArchiveDb.open(file)
}

describe('a bulk import', () => {
  it('rebuilds every lookup index and answers lookups afterwards', async () => {
    const core = await freshCore()
    const before = indexNames(core)
    expect(before).toContain('participants_by_email')
    const outcome = core.importInstances(instances(60, 1000))
    expect(outcome).toEqual({ stored: 60, failed: [] })
    expect(indexNames(core)).toEqual(before)
    const plan = core.db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM participants WHERE email = 'x' AND email <> ''")
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('participants_by_email')
    expect(core.reads.history('profile-a', { email: 'person5@example.org' })).toHaveLength(
      60 * 2 + 0
    )
    core.close()
  })

  it('keeps the stored instances and the indexes when cancelled', async () => {
    const core = await freshCore()
    const before = indexNames(core)
    const stop = Object.assign(new Error('Stopped.'), { appError: { code: 'cancelled' } })
    expect(() =>
      core.importInstances(instances(60, 1000), (done) => {
        if (done === 20) throw stop
      })
    ).toThrow('Stopped.')
    expect(indexNames(core)).toEqual(before)
    const count = core.db.prepare('SELECT count(*) AS n FROM instances').get() as { n: number }
    expect(count.n).toBe(20)
    core.close()
  })

  it('rolls everything back, indexes included, when storing fails', async () => {
    const core = await freshCore()
    const before = indexNames(core)
    const inputs = instances(60, 1000)
    inputs[30].participants = [
      ...inputs[30].participants,
      { name: 'x', duration: 1n as unknown as number }
    ]
    expect(() => core.importInstances(inputs)).toThrow(/BigInt/)
    expect(indexNames(core)).toEqual(before)
    const count = core.db.prepare('SELECT count(*) AS n FROM instances').get() as { n: number }
    expect(count.n).toBe(0)
    core.close()
  })
})
