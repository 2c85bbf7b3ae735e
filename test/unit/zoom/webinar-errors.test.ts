import { describe, expect, it } from 'vitest'
import {
  apiResponseFailure,
  asWebinarFailure,
  isNoWebinarLicence,
  networkFailure
} from '../../../src/main/zoom/errors'
import { readZoomErrorBody } from '../../../src/main/zoom/zoom-error-body'

const failure = (body: unknown): ReturnType<typeof apiResponseFailure> =>
  apiResponseFailure(400, readZoomErrorBody(body))

describe('the no-webinar-licence answer', () => {
  // The wordings of code 200 the spec documents on webinar endpoints.
  it.each([
    'Webinar plan subscription is missing. Enable webinar for this user once the subscription is added:abc.',
    'Webinar plan subscription missing. Enable webinar for this user once the subscription is added.',
    'Cannot use webinar API, you need to subscribe webinar plan and then enable webinar for this user:abc.',
    'Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user in order to perform this action: abc.'
  ])('maps code 200 "%s" to its own code and one plain sentence', (message) => {
    const mapped = failure({ code: 200, message })
    expect(mapped.appError).toMatchObject({
      code: 'no-webinar-licence',
      message: 'This account has no webinar licence.'
    })
    expect(mapped.appError.remedy).toMatch(/add-on/)
    expect(mapped.appError.remedy).not.toMatch(/abc/)
    expect(isNoWebinarLicence(mapped)).toBe(true)
  })

  it('keeps "only available for paid account" as paid-plan-required for meetings', () => {
    const paid = failure({ code: 200, message: 'Only available for paid account: abc' })
    expect(paid.appError.code).toBe('paid-plan-required')
    expect(isNoWebinarLicence(paid)).toBe(false)
  })

  it('turns a paid-plan answer on a webinar call into no-webinar-licence, nothing else', () => {
    const paid = failure({ code: 200, message: 'Only available for paid account: abc' })
    const converted = asWebinarFailure(paid)
    expect(isNoWebinarLicence(converted)).toBe(true)
    expect((converted as { zoom?: { code?: number } }).zoom?.code).toBe(200)
    const notFound = failure({ code: 3001, message: 'Webinar 1 not found or has expired.' })
    expect(asWebinarFailure(notFound)).toBe(notFound)
    const offline = networkFailure(false)
    expect(asWebinarFailure(offline)).toBe(offline)
    const plain = new Error('x')
    expect(asWebinarFailure(plain)).toBe(plain)
  })
})
