// The tests must run on the Node that Electron 45 embeds (24 LTS), and the archive needs the
// SQLite built into it: this fails first if either is missing, before any archive test does.
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import packageJson from '../../../package.json'

function major(version: string): number {
  return Number(version.replace(/^[^0-9]*/, '').split('.')[0])
}

describe('the Node that runs the tests', () => {
  it('is the version package.json asks for', () => {
    const wanted = major(packageJson.engines.node)
    expect(wanted).toBe(24)
    expect(major(process.versions.node)).toBeGreaterThanOrEqual(wanted)
  })

  it('has node:sqlite, which opens an in-memory database and answers a query', () => {
    const db = new DatabaseSync(':memory:')
    try {
      db.exec('CREATE TABLE canary (id INTEGER PRIMARY KEY, name TEXT NOT NULL)')
      db.prepare('INSERT INTO canary (name) VALUES (?)').run('José Núñez')
      const row = db.prepare('SELECT id, name FROM canary').get()
      expect(row).toEqual({ id: 1, name: 'José Núñez' })
    } finally {
      db.close()
    }
  })
})
