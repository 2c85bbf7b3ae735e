import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { createFakeElectron } from '../../support/fake-electron'
import { writeSavedAccount } from '../../support/storage/saved-account'

// The export runs in main; a renderer crash (the window reloads) must not lose it silently:
// either the file is finished and remembered for the reloaded window, or the failure is typed.

const fake = createFakeElectron()
fake.electron.app.isPackaged = false
const userData = mkdtempSync(join(tmpdir(), 'headcount-crash-'))
fake.electron.app.getPath = (name: string) =>
  name === 'userData' ? userData : join(userData, name)
fake.saveDialog.filePath = join(mkdtempSync(join(tmpdir(), 'headcount-crash-save-')), 'export.csv')
vi.mock('electron', () => fake.electron)
vi.mock('electron-store', async () => ({ default: (await import('conf')).default }))

let sim: RunningSimulator
beforeAll(async () => {
  // Enough latency that the crash lands while Zoom pages are still being fetched.
  sim = await startSimulator({ latencyMs: { meanMs: 40, jitterMs: 10 } })
  process.env['HEADCOUNT_ZOOM_API_BASE_URL'] = sim.apiBaseUrl
  process.env['HEADCOUNT_ZOOM_OAUTH_URL'] = sim.oauthUrl
  writeSavedAccount(userData, {
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret
  })
})
afterAll(async () => {
  delete process.env['HEADCOUNT_ZOOM_API_BASE_URL']
  delete process.env['HEADCOUNT_ZOOM_OAUTH_URL']
  await sim.close()
})

const trusted = {
  sender: { id: 1 },
  senderFrame: { url: 'app://headcount/index.html', parent: null }
}
const invoke = (channel: string, payload?: unknown): Promise<unknown> =>
  fake.ipcHandlers.get(channel)!(trusted, ...(payload === undefined ? [] : [payload]))

type Answer = {
  ok: boolean
  data?: { saved: boolean; rows: number }
  error?: { code: string; message: string }
}

async function exportThroughACrash(meeting: string, jobId?: string): Promise<Answer> {
  const contents = fake.windows[0]!.webContents
  const reloadsBefore = contents.reloaded
  const exporting = invoke('attendance:export-csv', {
    meeting,
    thresholdPercent: 75,
    timeZone: null,
    ...(jobId ? { jobId } : {})
  })
  contents.emit('render-process-gone', {}, { reason: 'crashed' })
  expect(contents.reloaded).toBe(reloadsBefore + 1)
  return (await exporting) as Answer
}

/** How the window hears a job ended: the last progress event for its id. */
const lastJobState = (jobId: string): unknown =>
  fake.windows[0]!.webContents.sent.filter(
    (event) =>
      event.channel === 'jobs:progress' && (event.payload as { jobId: string }).jobId === jobId
  ).at(-1)?.payload

const leftoverTemps = (): string[] =>
  readdirSync(dirname(fake.saveDialog.filePath!)).filter((name) => name.endsWith('.tmp'))

describe('an export when the renderer crashes mid-way', () => {
  beforeAll(async () => {
    await import('../../../src/main/index')
    fake.becomeReady()
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
  })

  it('finishes in main, and the reloaded window can still show the file', async () => {
    const result = await exportThroughACrash(sim.org.findQuirkMeeting('showcase').instance!.uuid)
    expect(result).toMatchObject({ ok: true, data: { saved: true } })
    const target = fake.saveDialog.filePath!
    const rows = parse(readFileSync(target, 'utf8').replace(/^\uFEFF/, ''), { columns: true })
    expect(rows).toHaveLength(result.data!.rows)
    expect(result.data!.rows).toBeGreaterThan(0)
    expect(leftoverTemps()).toEqual([])
    // The reloaded window asks main to reveal the file it never heard about.
    expect(await invoke('files:show-last-export')).toEqual({
      ok: true,
      data: { shown: true, message: null }
    })
    expect(fake.shownInFolder).toEqual([target])
  })

  // #19: an export had no job id, so a window that reloaded mid-export could not hear how it ended.
  it('a reloaded window hears that the export job finished, or failed', async () => {
    fake.saveDialog.filePath = join(dirname(fake.saveDialog.filePath!), 'job.csv')
    const uuid = sim.org.findQuirkMeeting('double-slash-uuid').instance!.uuid
    const result = await exportThroughACrash(uuid, 'export-after-crash')
    expect(result).toMatchObject({ ok: true, data: { saved: true } })
    expect(lastJobState('export-after-crash')).toMatchObject({ state: 'finished' })

    sim.faults.inject({ fault: 'server-error', times: Infinity })
    const fresh = sim.org.meetings
      .flatMap((meeting) => meeting.instances)
      .filter((i) => i.endTime < Date.now() - 86_400_000)
      .at(-3)!
    const failed = await exportThroughACrash(fresh.uuid, 'export-failing')
    sim.faults.reset()
    expect(failed.ok).toBe(false)
    expect(lastJobState('export-failing')).toMatchObject({ state: 'failed' })
  })

  it('is reported as failed, in plain words, when Zoom stops answering after the crash', async () => {
    fake.saveDialog.filePath = join(dirname(fake.saveDialog.filePath!), 'second.csv')
    sim.faults.inject({ fault: 'server-error', times: Infinity })
    // A session not fetched before, so nothing comes from the copy kept on this computer.
    const showcase = sim.org.findQuirkMeeting('showcase').instance!.uuid
    const other = sim.org.meetings
      .flatMap((meeting) => meeting.instances)
      .find((i) => i.uuid !== showcase && i.endTime < Date.now() - 86_400_000)!
    const result = await exportThroughACrash(other.uuid)
    sim.faults.reset()
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('zoom-unavailable')
    expect(result.error?.message).toMatch(/Zoom/)
    expect(existsSync(fake.saveDialog.filePath)).toBe(false)
    expect(leftoverTemps()).toEqual([])
  })
})
