import { describe, expect, it } from 'vitest'
import {
  checkEveryHours,
  checkMonths,
  keptFrom,
  retentionPrunes
} from '../../../../../src/renderer/src/features/archive/settings-form'
import {
  goneFromZoomText,
  provenanceText,
  sourcesSummary
} from '../../../../../src/renderer/src/features/archive/provenance-words'
import { formatDate, formatDateTime } from '../../../../../src/renderer/src/lib/format'

const archived = (gone: string | null = null) =>
  ({ kind: 'archive', archivedAt: '2026-11-03T14:02:00Z', goneFromZoomSince: gone }) as const
const live = { kind: 'live', fetchedAt: '2026-11-03T14:02:00Z' } as const

describe('where data came from, in words', () => {
  it('names the archive copy’s time, or says it is live', () => {
    expect(provenanceText(archived())).toBe(`Archived ${formatDateTime('2026-11-03T14:02:00Z')}`)
    expect(provenanceText(live)).toBe('Live from Zoom')
  })

  it('says since when Zoom no longer has a session', () => {
    expect(goneFromZoomText(null)).toBeNull()
    expect(goneFromZoomText('2026-06-01T00:00:00Z')).toBe(
      `No longer on Zoom since ${formatDate('2026-06-01T00:00:00Z')} (kept in your archive)`
    )
  })

  it('sums up many sessions', () => {
    expect(sourcesSummary([archived(), archived()])).toBe(
      'All 2 sessions from your archive on this computer.'
    )
    expect(sourcesSummary([live])).toBe('All 1 session live from Zoom.')
    expect(sourcesSummary([archived(), live, live])).toBe(
      '1 session from your archive on this computer, 2 live from Zoom.'
    )
  })
})

describe('the archive settings fields', () => {
  it('take whole numbers in range only', () => {
    expect(checkEveryHours(' 6 ')).toEqual({ ok: true, value: 6 })
    for (const bad of ['', '0', '169', '1.5', '-2', 'six', '1e2']) {
      expect(checkEveryHours(bad).ok, bad).toBe(false)
    }
    expect(checkMonths('600')).toEqual({ ok: true, value: 600 })
    expect(checkMonths('601').ok).toBe(false)
  })

  it('know when a retention deletes more than before', () => {
    const forever = { keep: 'forever' } as const
    const months = (n: number) => ({ keep: 'months', months: n }) as const
    expect(retentionPrunes(forever, months(24))).toBe(true)
    expect(retentionPrunes(months(24), months(12))).toBe(true)
    expect(retentionPrunes(months(12), months(24))).toBe(false)
    expect(retentionPrunes(months(12), forever)).toBe(false)
  })

  it('count months back from today', () => {
    expect(keptFrom(3, new Date('2026-11-15T12:00:00Z')).toISOString().slice(0, 10)).toBe(
      '2026-08-15'
    )
  })
})
