import { describe, expect, it } from 'vitest'
import { translateCreateMeetingError } from '../../../src/main/scheduling/create-meeting-errors'
import { ZoomFailure } from '../../../src/main/zoom'
import { appError, zoomSaid } from '../../support/zoom-failures'

describe('Zoom’s create-meeting errors in plain words', () => {
  it('host cannot schedule (3161) and the per-host daily limit', () => {
    expect(appError(translateCreateMeetingError(zoomSaid(3161), 'p@example.org')).message).toBe(
      'p@example.org is not allowed to host or schedule meetings.'
    )
    const limit = new ZoomFailure(
      { code: 'daily-limit', message: 'x', details: { retryAt: '2026-11-21T00:00:00.000Z' } },
      { status: 429 }
    )
    const error = appError(translateCreateMeetingError(limit, 'p@example.org'))
    expect(error.message).toBe(
      'p@example.org has reached Zoom’s limit of 100 new or changed meetings today.'
    )
    expect(error.details?.retryAt).toBe('2026-11-21T00:00:00.000Z')
  })
})
