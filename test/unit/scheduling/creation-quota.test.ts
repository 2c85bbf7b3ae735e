import { describe, expect, it } from 'vitest'
import { createCreationQuotaCounter } from '../../../src/main/scheduling/creation-quota'

describe('meetings left today per host', () => {
  it('counts creations per account, host and UTC day', () => {
    let now = new Date('2026-11-20T23:50:00Z')
    const counter = createCreationQuotaCounter({ now: () => now })
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
    const counter = createCreationQuotaCounter({ now: () => now })
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

describe('counts kept across restarts', () => {
  it('saves today’s counts and reads them back; older days are dropped', () => {
    let saved: Record<string, number> = {
      'demo\nhost@example.org\n2026-11-19': 7,
      'demo\nhost@example.org\n2026-11-20': 3
    }
    const store = {
      load: () => ({ ...saved }),
      save: (counts: Record<string, number>) => {
        saved = counts
      }
    }
    const now = (): Date => new Date('2026-11-20T12:00:00Z')
    const first = createCreationQuotaCounter({ now, store })
    expect(first.quota('demo', 'host@example.org').createdToday).toBe(3)
    first.record('demo', 'host@example.org')
    expect(saved).toEqual({ 'demo\nhost@example.org\n2026-11-20': 4 })
    const afterRestart = createCreationQuotaCounter({ now, store })
    expect(afterRestart.quota('demo', 'host@example.org').left).toBe(96)
  })
})
