import { describe, expect, it } from 'vitest'
import {
  allZones,
  findZone,
  likelyZones
} from '../../../../src/renderer/src/components/time-zone/zone-options'

// #20: the zone picker is not a raw 400-item list: the likely zones come first (the one in use,
// the computer's, the host's, those used recently, UTC), and typing part of a name finds one.

describe('the zones a picker offers first', () => {
  it('puts the zone in use, the computer’s, the host’s, recent ones and UTC first, once each', () => {
    const choices = likelyZones({
      current: 'Asia/Tokyo',
      computer: 'Europe/London',
      hostZone: 'America/New_York',
      recent: ['Europe/Paris', 'Asia/Tokyo']
    })
    expect(choices).toEqual([
      { zone: 'Asia/Tokyo', note: 'In use now' },
      { zone: 'Europe/London', note: 'This computer' },
      { zone: 'America/New_York', note: 'The host’s zone' },
      { zone: 'Europe/Paris', note: 'Used recently' },
      { zone: 'UTC', note: 'Universal time' }
    ])
  })

  it('leaves the host out when its zone is not known', () => {
    const zones = likelyZones({
      current: 'UTC',
      computer: 'UTC',
      hostZone: null,
      recent: []
    }).map((c) => c.zone)
    expect(zones).toEqual(['UTC'])
  })
})

describe('finding a zone from typed text', () => {
  it('knows every zone of the computer, and UTC', () => {
    expect(allZones().length).toBeGreaterThan(300)
    expect(allZones()).toContain('UTC')
  })

  it('takes a name in any case, with spaces for underscores, or the one zone containing it', () => {
    expect(findZone('america/new york')).toBe('America/New_York')
    expect(findZone('Berlin')).toBe('Europe/Berlin')
  })

  it('finds nothing when the text names no zone or several', () => {
    expect(findZone('')).toBeNull()
    expect(findZone('Atlantis')).toBeNull()
    expect(findZone('America')).toBeNull()
  })
})
