import { describe, expect, it } from 'vitest'
import { runBulkCreate } from '../../../src/main/users/bulk-run'
import { classifyRows } from '../../../src/main/users/bulk-classify'
import { parseUsersCsv } from '../../../src/main/users/bulk-csv'
import { ZoomFailure } from '../../../src/main/zoom'

const rows = classifyRows(
  parseUsersCsv(
    'email,type\na@example.org,basic\nb@example.org,basic\nc@example.org,basic\nbad,basic\n'
  ),
  new Map([['b@example.org', 'active' as const]])
)

describe('the real bulk-add run', () => {
  it('creates only the new rows, once each, and reports every row', async () => {
    const sent: string[] = []
    const progress: Array<[number, number]> = []
    const result = await runBulkCreate({
      client: {
        createUser: async (_action, info) => {
          sent.push(info.email)
          return { email: info.email }
        }
      },
      action: 'create',
      rows,
      signal: new AbortController().signal,
      progress: (done, total) => progress.push([done, total])
    })
    expect(sent).toEqual(['a@example.org', 'c@example.org'])
    expect(result.rows.map((row) => row.outcome)).toEqual([
      'created',
      'skipped',
      'created',
      'not-sent'
    ])
    // The window shows "<Outcome>. <reason>": the reason says what happens next, not "Added." again.
    expect(result.rows[0]?.reason).toBe(
      'Zoom emailed an invitation to a@example.org. They are listed under Pending until they accept it.'
    )
    // A row that never reached Zoom says why in its own words, with no "failed" in sight.
    expect(result.rows[3]?.reason).toBe('Enter an email address, like name@example.org.')
    expect(result.stoppedBecause).toBeNull()
    expect(progress.at(-1)).toEqual([2, 2])
  })

  it('stops at the daily invite limit and marks the rest as not tried', async () => {
    const result = await runBulkCreate({
      client: {
        createUser: async () => {
          throw new ZoomFailure(
            {
              code: 'daily-limit',
              message: 'limit',
              details: { retryAt: '2026-11-21T00:00:00.000Z' }
            },
            { status: 429 }
          )
        }
      },
      action: 'create',
      rows,
      signal: new AbortController().signal,
      progress: () => undefined
    })
    expect(result.rows.map((row) => row.outcome)).toEqual([
      'failed',
      'skipped',
      'not-tried',
      'not-sent'
    ])
    expect(result.stoppedBecause).toMatch(/daily limit on invitations/)
  })

  it('a duplicate email keeps going with the next row, in plain words', async () => {
    const result = await runBulkCreate({
      client: {
        createUser: async (_action, info) => {
          if (info.email === 'a@example.org') {
            throw new ZoomFailure(
              { code: 'validation', message: 'generic' },
              { status: 409, code: 1005, message: 'Email "a@example.org" has already been used.' }
            )
          }
          return { email: info.email }
        }
      },
      action: 'create',
      rows,
      signal: new AbortController().signal,
      progress: () => undefined
    })
    expect(result.rows[0]).toMatchObject({ outcome: 'failed' })
    expect(result.rows[0]?.reason).toMatch(/already used by a Zoom account/)
    expect(result.rows[2]).toMatchObject({ outcome: 'created' })
  })

  it('cancel stops before the next row, never in the middle of one', async () => {
    const controller = new AbortController()
    const sent: string[] = []
    const result = await runBulkCreate({
      client: {
        createUser: async (_action, info) => {
          sent.push(info.email)
          controller.abort()
          return { email: info.email }
        }
      },
      action: 'create',
      rows,
      signal: controller.signal,
      progress: () => undefined
    })
    expect(sent).toEqual(['a@example.org'])
    expect(result.rows[2]).toMatchObject({ outcome: 'not-tried' })
    expect(result.stoppedBecause).toBe('You stopped the run.')
  })
})
