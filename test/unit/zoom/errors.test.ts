import { describe, expect, it } from 'vitest'
import {
  apiResponseFailure,
  isExpiredPageToken,
  isRegistrationOff
} from '../../../src/main/zoom/errors'
import { parseMissingScopes, readZoomErrorBody } from '../../../src/main/zoom/zoom-error-body'

function kindOf(status: number, body: unknown): string {
  return apiResponseFailure(status, readZoomErrorBody(body)).appError.code
}

describe('Zoom error mapping', () => {
  it.each([
    [401, { code: 124, message: 'Invalid access token.' }, 'auth'],
    [
      400,
      { code: 4711, message: 'Invalid access token, does not contain scopes:[a:admin].' },
      'missing-scopes'
    ],
    [404, { code: 1001, message: 'User does not exist: x.' }, 'not-found'],
    [404, { code: 3001, message: 'Meeting 1 is not found or has expired.' }, 'not-found'],
    [404, { code: 3001, message: 'Meeting ID is invalid or not end.' }, 'report-not-ready'],
    [400, { code: 200, message: 'Only available for paid account: abc' }, 'paid-plan-required'],
    [400, { code: 12702, message: 'Can not access a meeting a year ago.' }, 'not-found'],
    [400, { code: 300, message: 'Validation Failed.', errors: [] }, 'validation'],
    [409, { code: 1005, message: 'Email "a@b.c" has already been used.' }, 'validation'],
    [500, { code: 500, message: 'Internal' }, 'zoom-unavailable'],
    [503, 'not json', 'zoom-unavailable']
  ])('maps HTTP %i %j to %s', (status, body, kind) => {
    expect(kindOf(status, body)).toBe(kind)
  })

  it('parses the scope list of a 4711 and names the fix', () => {
    const failure = apiResponseFailure(
      400,
      readZoomErrorBody({
        code: 4711,
        message:
          'Invalid access token, does not contain scopes:[meeting:read:list_past_participants, meeting:read:list_past_participants:admin].'
      })
    ).appError
    expect(failure.details?.scopes).toEqual([
      'meeting:read:list_past_participants',
      'meeting:read:list_past_participants:admin'
    ])
    expect(failure.remedy).toBe(
      'Add the scope meeting:read:list_past_participants:admin to your Server-to-Server OAuth app in the Zoom App Marketplace, then click Test connection.'
    )
  })

  it('parses the classic 4700 form with a space after the colon', () => {
    expect(
      parseMissingScopes(
        'Invalid access token, does not contain scopes: [user:read:admin, user:read].'
      )
    ).toEqual(['user:read:admin', 'user:read'])
  })

  it('carries field errors on validation failures', () => {
    const failure = apiResponseFailure(
      400,
      readZoomErrorBody({
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'user_info.email', message: 'Invalid field.' }]
      })
    ).appError
    expect(failure.details?.fields).toEqual([
      { field: 'user_info.email', message: 'Invalid field.' }
    ])
    expect(failure.message).toContain('user_info.email')
  })

  it('recognises an expired page token only by code 300 and its message', () => {
    const expired = apiResponseFailure(400, {
      code: 300,
      message: 'The next page token is invalid or expired.'
    })
    const other = apiResponseFailure(400, { code: 300, message: 'Validation Failed.' })
    expect(isExpiredPageToken(expired)).toBe(true)
    expect(isExpiredPageToken(other)).toBe(false)
  })

  it('gives every kind a plain message and a remedy', () => {
    for (const status of [400, 401, 403, 404, 500]) {
      const failure = apiResponseFailure(status, { code: status }).appError
      expect(failure.message.length).toBeGreaterThan(10)
      expect(failure.remedy?.length ?? 0).toBeGreaterThan(10)
    }
  })

  it('recognises a meeting without registration (code 300), so callers can treat it as none', () => {
    const off = apiResponseFailure(400, {
      code: 300,
      message: 'This meeting has not set registration as required: 85746065432.'
    })
    expect(isRegistrationOff(off)).toBe(true)
    expect(
      isRegistrationOff(apiResponseFailure(400, { code: 300, message: 'Validation Failed.' }))
    ).toBe(false)
  })
})
