import { describe, expect, it } from 'vitest'
import { CreationQuotaCounter } from '../../../src/main/admin/creation-quota'

describe('meetings left today per host', () => {
  it('counts creations per account, host and UTC day', () => {
    let now = new Date('2026-11-20T23:50:00Z')
    const counter = new CreationQuotaCounter(() => now)
    counter.record('demo', 'Host@Example.org')
    counter.record('demo', 'host@example.org')
    counter.record('demo', 'other@example.org')
    counter.record('profile-2', 'host@example.org')
    expect(counter.quota('demo', 'host@example.org')).toEqual({
      hostEmail: 'host@example.org',
      createdToday: 2,
      limit: 100,
      left: 98,
      resetsAt: '2026-11-21T00:00:00.000Z',
      blockedUntil: null
    })
    now = new Date('2026-11-21T00:05:00Z')
    expect(counter.quota('demo', 'host@example.org')).toMatchObject({ createdToday: 0, left: 100 })
  })

  it('shows none left once Zoom says the limit is used up, until it resets', () => {
    let now = new Date('2026-11-20T10:00:00Z')
    const counter = new CreationQuotaCounter(() => now)
    counter.block('demo', 'host@example.org', new Date('2026-11-21T00:00:00Z'))
    expect(counter.quota('demo', 'host@example.org')).toMatchObject({
      left: 0,
      blockedUntil: '2026-11-21T00:00:00.000Z'
    })
    now = new Date('2026-11-20T23:59:00Z')
    expect(counter.quota('demo', 'host@example.org').left).toBe(0)
    now = new Date('2026-11-21T00:00:01Z')
    expect(counter.quota('demo', 'host@example.org')).toMatchObject({
      left: 100,
      blockedUntil: null
    })
  })
})
