import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PersonAttendance } from '../../../../src/main/attendance/engine'
import { summarize } from '../../../../src/main/attendance/engine/summary'

const present = (minutesAttended: number): PersonAttendance =>
  ({ status: 'Partial', registered: false, minutesAttended }) as PersonAttendance

function sortedMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 10) / 10
}

describe('summary median', () => {
  it('is the median of the minutes, for odd and even counts and repeats', () => {
    expect(summarize([3, 1, 2].map(present), 3, 0).medianMinutes).toBe(2)
    expect(summarize([4, 1, 3, 2].map(present), 4, 0).medianMinutes).toBe(2.5)
    expect(summarize([], 0, 0).medianMinutes).toBeNull()
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 1200 }).map((n) => n / 10),
          { minLength: 1, maxLength: 60 }
        ),
        (minutes) => {
          expect(summarize(minutes.map(present), minutes.length, 0).medianMinutes).toBe(
            sortedMedian(minutes)
          )
        }
      ),
      { numRuns: 300 }
    )
  })
})
