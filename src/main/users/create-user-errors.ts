import { AppFailure } from '../../shared/app-error'
import { rewordDailyLimit, zoomErrorCode } from '../zoom'

/** Zoom's seat-limit codes: no paid licence left for a Licensed user. */
const noLicenceCodes = new Set([2033, 2034, 3412])

/**
 * Zoom's answers to POST /users in plain words with a fix. The client's mapping is generic
 * (a 409 becomes "Zoom did not accept the request"), so the codes are read here.
 */
export function translateCreateUserError(error: unknown, email: string): unknown {
  const code = zoomErrorCode(error)
  if (code === 1005 || code === 1009) {
    return new AppFailure({
      code: 'validation',
      message: `The email ${email} is already used by a Zoom account (in your organisation or another one).`,
      remedy:
        'Look for this person under Active, Inactive or Pending. If they have their own Zoom account elsewhere, ask them to use a different email or to leave that account first.',
      details: { fields: [{ field: 'email', message: 'This email already has a Zoom account.' }] }
    })
  }
  if (code === 1116) {
    return new AppFailure({
      code: 'validation',
      message: `Zoom creates users straight away only with an email in your organisation’s own (managed) domain, and ${email} is not in it.`,
      remedy:
        'Choose “Send an invitation” instead, or use the person’s email in your organisation’s domain.',
      details: {
        fields: [{ field: 'email', message: 'Not in a domain this Zoom account manages.' }]
      }
    })
  }
  if (code !== undefined && noLicenceCodes.has(code)) {
    return new AppFailure({
      code: 'validation',
      message: 'There are no paid licences left on this Zoom account for a Licensed user.',
      remedy:
        'Add the person as Basic instead, free a licence by changing someone else to Basic, or buy more licences in the Zoom web portal.',
      details: { fields: [{ field: 'type', message: 'No licences left.' }] }
    })
  }
  return (
    rewordDailyLimit(error, {
      message: 'Zoom’s daily limit on invitations for this account is used up.',
      remedy:
        'Zoom allows a set number of new users a day (1,500 on Pro). Try again after the reset time; users already added stay added.'
    }) ?? error
  )
}
