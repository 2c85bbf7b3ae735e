import { describe, expect, it } from 'vitest'
import {
  countWindow,
  flagList,
  settleTimes,
  type SettledTimes
} from '../../../../src/main/attendance/engine/time-rules'

const start = Date.UTC(2026, 9, 5, 17)
const end = start + 3_600_000
const minute = 60_000

function settle(join: number, leave: number, seconds: number, window = countWindow(start, end)) {
  const out: SettledTimes = { joinMs: 0, leaveMs: 0, countFromMs: 0, countToMs: 0, flags: 0 }
  settleTimes(join, leave, seconds, window, out)
  return { ...out, flags: flagList(out.flags) }
}

describe('settleTimes', () => {
  it('takes a missing leave from the duration when Zoom gave one, and flags it', () => {
    expect(settle(start, NaN, 900)).toMatchObject({
      leaveMs: start + 15 * minute,
      flags: ['leave-missing']
    })
  })

  it('clips a missing leave with no duration to the end, never before the join', () => {
    expect(settle(start + 10 * minute, NaN, 0).leaveMs).toBe(end)
    expect(settle(end + 20 * minute, NaN, NaN)).toMatchObject({
      leaveMs: end + 20 * minute,
      flags: ['leave-missing', 'outside-instance']
    })
  })

  it('derives a missing join from leave and duration, and leaves unknown times unknown', () => {
    expect(settle(NaN, start + 30 * minute, 600).joinMs).toBe(start + 20 * minute)
    const unknown = settle(NaN, start + 30 * minute, NaN)
    expect([unknown.joinMs, unknown.countFromMs, unknown.flags]).toEqual([NaN, NaN, []])
  })

  it('counts only the window from 15 minutes before the start to 15 after the end', () => {
    const row = settle(start - 60 * minute, end + 60 * minute, NaN)
    expect([row.countFromMs, row.countToMs]).toEqual([start - 15 * minute, end + 15 * minute])
    expect(row.flags).toEqual(['outside-instance'])
    expect(settle(start - 15 * minute, end + 15 * minute, NaN).flags).toEqual([])
  })

  it('has no window where the instance’s start or end is unknown', () => {
    const row = settle(start - 60 * minute, start, NaN, countWindow(null, null))
    expect([row.countFromMs, row.flags]).toEqual([start - 60 * minute, []])
  })
})
