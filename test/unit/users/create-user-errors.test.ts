import { describe, expect, it } from 'vitest'
import { translateCreateUserError } from '../../../src/main/users/create-user-errors'
import { ZoomFailure } from '../../../src/main/zoom'
import { appError, zoomSaid } from '../../support/zoom-failures'

describe('Zoom’s create-user errors in plain words', () => {
  it('email already used (1005 and 1009)', () => {
    for (const code of [1005, 1009]) {
      const error = appError(translateCreateUserError(zoomSaid(code, 409), 'ada@example.org'))
      expect(error.message).toBe(
        'The email ada@example.org is already used by a Zoom account (in your organisation or another one).'
      )
      expect(error.remedy).toMatch(/Active, Inactive or Pending/)
    }
  })

  it('an email outside the managed domain, for "create straight away" (1116)', () => {
    const error = appError(translateCreateUserError(zoomSaid(1116), 'ada@gmail.example'))
    expect(error.message).toBe(
      'Zoom creates users straight away only with an email in your organisation’s own (managed) domain, and ada@gmail.example is not in it.'
    )
    expect(error.remedy).toMatch(/Send an invitation/)
    expect(error.details?.fields).toEqual([
      { field: 'email', message: 'Not in a domain this Zoom account manages.' }
    ])
  })

  it('no licences left (2033, 2034, 3412)', () => {
    for (const code of [2033, 2034, 3412]) {
      const error = appError(translateCreateUserError(zoomSaid(code), 'ada@example.org'))
      expect(error.message).toMatch(/no paid licences left/)
      expect(error.remedy).toMatch(/as Basic instead/)
    }
  })

  it('daily invite limit, keeping the reset time', () => {
    const limit = new ZoomFailure(
      { code: 'daily-limit', message: 'x', details: { retryAt: '2026-11-21T00:00:00.000Z' } },
      { status: 429 }
    )
    const error = appError(translateCreateUserError(limit, 'ada@example.org'))
    expect(error).toMatchObject({
      code: 'daily-limit',
      details: { retryAt: '2026-11-21T00:00:00.000Z' }
    })
    expect(error.message).toMatch(/daily limit on invitations/)
  })

  it('leaves other failures (missing scopes, network) as the client described them', () => {
    const scopes = new ZoomFailure(
      { code: 'missing-scopes', message: 'm' },
      { status: 400, code: 4711 }
    )
    expect(translateCreateUserError(scopes, 'a@b.org')).toBe(scopes)
  })
})
