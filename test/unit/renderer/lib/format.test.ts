import { afterEach, describe, expect, it } from 'vitest'
import {
  computerZone,
  formatClock,
  formatDateTime,
  formatTime,
  setDisplayZone,
  zoneAbbreviation,
  zoneSentence
} from '../../../../src/renderer/src/lib/format'

// #20: every time on screen carries its zone, and all of them follow the one display zone
// (the same one exports use), instead of the computer's zone with no label.

const at = '2026-10-05T08:00:00Z'

afterEach(() => setDisplayZone(computerZone))

describe('times on screen', () => {
  it('say their zone beside the date and time', () => {
    setDisplayZone('UTC')
    expect(formatDateTime(at)).toMatch(/8:00.*UTC$/)
    expect(formatTime(at)).toMatch(/8:00.*UTC$/)
  })

  it('follow the display zone once it changes', () => {
    setDisplayZone('Asia/Tokyo')
    expect(formatDateTime(at)).toMatch(/5:00/)
    expect(formatDateTime(at).endsWith(zoneAbbreviation(at))).toBe(true)
    expect(zoneSentence(at)).toMatch(/^Asia\/Tokyo/)
  })

  it('leave the zone off chart labels only, whose axis names it once', () => {
    setDisplayZone('UTC')
    expect(formatClock(at)).not.toMatch(/UTC/)
    expect(zoneSentence(at)).toBe('UTC')
  })

  it('say “—” for a missing or unreadable time', () => {
    expect(formatDateTime(null)).toBe('—')
    expect(formatTime('not a date')).toBe('—')
  })
})
