import { AppFailure, isAppFailure } from '../../shared/app-error'
import type { AppError } from '../../shared/app-error'
import { ZoomFailure } from '../zoom'

function zoomCode(error: unknown): number | undefined {
  return error instanceof ZoomFailure ? error.zoom?.code : undefined
}

function failure(appError: AppError): AppFailure {
  return new AppFailure(appError)
}

/** Zoom's seat-limit codes: no paid licence left for a Licensed user. */
const noLicenceCodes = new Set([2033, 2034, 3412])

/**
 * Zoom's answers to POST /users in plain words with a fix. The client's mapping is generic
 * (a 409 becomes "Zoom did not accept the request"), so the codes are read here.
 */
export function translateCreateUserError(error: unknown, email: string): unknown {
  const code = zoomCode(error)
  if (code === 1005 || code === 1009) {
    return failure({
      code: 'validation',
      message: `The email ${email} is already used by a Zoom account (in your organisation or another one).`,
      remedy:
        'Look for this person under Active, Inactive or Pending. If they have their own Zoom account elsewhere, ask them to use a different email or to leave that account first.',
      details: { fields: [{ field: 'email', message: 'This email already has a Zoom account.' }] }
    })
  }
  if (code !== undefined && noLicenceCodes.has(code)) {
    return failure({
      code: 'validation',
      message: 'There are no paid licences left on this Zoom account for a Licensed user.',
      remedy:
        'Add the person as Basic instead, free a licence by changing someone else to Basic, or buy more licences in the Zoom web portal.',
      details: { fields: [{ field: 'type', message: 'No licences left.' }] }
    })
  }
  if (isAppFailure(error) && error.appError.code === 'daily-limit') {
    const retryAt = error.appError.details?.retryAt
    return failure({
      code: 'daily-limit',
      message: 'Zoom’s daily limit on invitations for this account is used up.',
      remedy:
        'Zoom allows a set number of new users a day (1,500 on Pro). Try again after the reset time; users already added stay added.',
      ...(retryAt ? { details: { retryAt } } : {})
    })
  }
  return error
}

/** Zoom's answers to POST /users/{userId}/meetings in plain words with a fix. */
export function translateCreateMeetingError(error: unknown, hostEmail: string): unknown {
  const code = zoomCode(error)
  if (code === 3161) {
    return failure({
      code: 'validation',
      message: `${hostEmail} is not allowed to host or schedule meetings.`,
      remedy:
        'Pick another host. A person who has not accepted their invitation yet, or whose account is turned off, cannot host; an admin can allow it in the Zoom web portal.'
    })
  }
  if (code === 1001 || code === 1010) {
    return failure({
      code: 'not-found',
      message: `There is no user ${hostEmail} in this Zoom account.`,
      remedy: 'Pick the host from the list of active users.'
    })
  }
  if (isAppFailure(error) && error.appError.code === 'daily-limit') {
    const retryAt = error.appError.details?.retryAt
    return failure({
      code: 'daily-limit',
      message: `${hostEmail} has reached Zoom’s limit of 100 new or changed meetings today.`,
      remedy:
        'Zoom resets this limit at midnight UTC. Try again after the reset time, or pick another host.',
      ...(retryAt ? { details: { retryAt } } : {})
    })
  }
  return error
}
