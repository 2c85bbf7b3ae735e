import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppCore } from '../../../src/main/app/create-app-core'
import { startSimulator, type RunningSimulator } from '../../../src/main/simulator'
import { connectedCore } from '../../support/connected-core'

// The Users screen's files: the list as the CLI writes it, a bulk run's outcome, the template.

let sim: RunningSimulator
let saveDir: string
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, rateLimits: false })
  saveDir = mkdtempSync(join(tmpdir(), 'headcount-users-files-'))
})
afterAll(async () => {
  await sim.close()
  rmSync(saveDir, { recursive: true, force: true })
})

function readCsv(fileName: string): Record<string, string>[] {
  const text = readFileSync(join(saveDir, fileName), 'utf8')
  return parse(text, { bom: true, columns: true }) as Record<string, string>[]
}

async function call(core: AppCore, channel: string, input?: unknown) {
  const result = (await core.router.dispatch(channel, input)) as {
    ok: boolean
    data: { saved: boolean; fileName: string; rows: number }
    error: { message: string }
  }
  return result
}

describe('files the Users screen saves', () => {
  it('exports the users list with the CLI’s columns, all of them or just the ones shown', async () => {
    const { core } = await connectedCore(sim, { saveDir })
    const active = sim.org.users.filter((u) => u.status === 'active')
    const all = await call(core, 'users:export-csv', { status: 'active' })
    expect(all.data).toMatchObject({ saved: true, rows: active.length })
    const rows = readCsv(all.data.fileName)
    expect(Object.keys(rows[0]!)).toEqual([
      'User ID',
      'Email',
      'First Name',
      'Last Name',
      'Display Name',
      'Type',
      'Status',
      'Department',
      'Time Zone',
      'Created (UTC)',
      'Last Sign-in (UTC)'
    ])
    const shown = [active[3]!.email, active[1]!.email.toUpperCase(), 'not-in-zoom@example.org']
    const some = await call(core, 'users:export-csv', { status: 'active', emails: shown })
    expect(some.data.rows).toBe(2)
    expect(readCsv(some.data.fileName).map((row) => row.Email)).toEqual([
      active[3]!.email,
      active[1]!.email
    ])
  })

  it('saves the last bulk run’s outcome table, and refuses plainly before any run', async () => {
    const { core } = await connectedCore(sim, { saveDir })
    const before = await call(core, 'users:export-bulk-result')
    expect(before.ok).toBe(false)
    expect(before.error.message).toBe('There is no finished run to save yet.')
    const csvText = 'email;first_name;type\nfiles.one@example.org;One;Basic\nbroken;Two;Basic\n'
    expect((await call(core, 'users:bulk-create', { csvText, action: 'create' })).ok).toBe(true)
    const saved = await call(core, 'users:export-bulk-result')
    expect(saved.data).toMatchObject({ saved: true, rows: 2 })
    expect(readCsv(saved.data.fileName)).toEqual([
      {
        Line: '2',
        Email: 'files.one@example.org',
        'First Name': 'One',
        'Last Name': '',
        Type: 'Basic',
        Outcome: 'Added',
        Why: 'Zoom emailed an invitation to files.one@example.org. They are listed under Pending until they accept it.'
      },
      {
        Line: '3',
        Email: 'broken',
        'First Name': 'Two',
        'Last Name': '',
        Type: '',
        Outcome: 'Not sent (invalid)',
        Why: 'Enter an email address, like name@example.org.'
      }
    ])
  })

  it('saves a template whose header row the bulk add reads back', async () => {
    const { core } = await connectedCore(sim, { saveDir })
    const saved = await call(core, 'users:save-template')
    expect(saved.data).toMatchObject({ saved: true, rows: 0 })
    const text = readFileSync(join(saveDir, saved.data.fileName), 'utf8')
    expect(text).toBe('\uFEFFemail,first_name,last_name,type\r\n')
    const filled = `${text}template.user@example.org,Tem,Plate,Licensed\r\n`
    const preview = (await core.router.dispatch('users:bulk-preview', { csvText: filled })) as {
      data: { rows: Array<{ verdict: string; firstName: string; type: number }> }
    }
    expect(preview.data.rows).toEqual([
      expect.objectContaining({ verdict: 'create', firstName: 'Tem', type: 2 })
    ])
  })
})
