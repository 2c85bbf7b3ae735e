import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../src/main/logging/file-logger'
import { createSecretRegistry } from '../../../src/main/logging/redact'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator } from '../../../src/main/simulator'
import { createZoomClient } from '../../../src/main/zoom'
import { createTestCore } from '../../support/fake-core'

// The access token lives in main's memory only: never in a file Headcount writes (settings,
// cache, logs, exports) and never in anything sent to the window (results and events). Every
// token the client receives is a canary: the test learns each one as it is issued.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0, rateLimits: false })
})
afterAll(() => sim.close())

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the Zoom access token', () => {
  it('is never written to disk or sent over IPC, through every flow that uses it', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'headcount-token-canary-'))
    const secrets = createSecretRegistry()
    const logsDir = mkdtempSync(join(tmpdir(), 'headcount-token-logs-'))
    const logger = createFileLogger({ directory: logsDir, secrets, level: 'debug' })
    const issued: string[] = []
    const test = createTestCore({
      zoomEndpoints: { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl },
      saveDir,
      logging: { logger, secrets },
      createClient: (config) =>
        createZoomClient({
          ...config,
          onSecret: (value) => {
            if (value !== config.clientSecret) issued.push(value)
            config.onSecret?.(value)
          }
        })
    })
    const sent: unknown[] = []
    const call = async (channel: string, input?: unknown): Promise<unknown> => {
      const result = await test.core.router.dispatch(channel, input)
      sent.push(result)
      return result
    }

    const { meeting, instance } = sim.org.findQuirkMeeting('showcase')
    const host = sim.org.users.find((user) => user.id === meeting.hostId)!
    const created = (await call('accounts:create', {
      name: 'Canary',
      accountId: sim.accountId,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      plan: 'business'
    })) as { data: { profile: { id: string } } }
    await call('accounts:connect', { id: created.data.profile.id })
    await call('accounts:test-connection')
    await call('accounts:sign-in-host', { email: host.email })
    await call('users:list', { status: 'active' })
    await call('meetings:list', { userId: 'me', type: 'scheduled' })
    const to = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
    await call('meetings:list-past', { userId: host.email, from, to })
    await call('attendance:load', { meeting: instance!.uuid, refresh: true })
    await call('attendance:export-csv', {
      meeting: instance!.uuid,
      thresholdPercent: 75,
      timeZone: null
    })
    await call('rollup:export-csv', {
      selection: { kind: 'recurring', meetingId: String(meeting.id) },
      thresholdPercent: 75,
      timeZone: null,
      layout: 'long'
    })
    // A revoked token (401/124) and a sign-out each bring a fresh token.
    sim.faults.revokeAllTokens()
    await call('users:get', { idOrEmail: host.email })
    await call('accounts:sign-out')
    await call('accounts:test-connection')
    await call('accounts:get-state')
    await test.core.dispose()
    await logger.close()

    expect(issued.length).toBeGreaterThanOrEqual(3)
    expect(sent.filter((result) => (result as { ok: boolean }).ok).length).toBe(sent.length)
    const ipc = JSON.stringify([sent, test.sentEvents])
    const files = [...filesUnder(test.dataDir), ...filesUnder(saveDir), ...filesUnder(logsDir)]
    expect(files.some((file) => file.endsWith('.csv'))).toBe(true)
    expect(files.some((file) => file.endsWith('.log'))).toBe(true)
    for (const token of issued) {
      const forms = [token, Buffer.from(token).toString('base64')]
      for (const form of forms) {
        expect(ipc.includes(form), 'token in an IPC result or event').toBe(false)
        for (const file of files) {
          expect(readFileSync(file, 'latin1').includes(form), `token in ${file}`).toBe(false)
        }
      }
    }
  })
})
