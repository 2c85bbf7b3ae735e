import { AppFailure } from '../../shared/app-error'
import { rewordDailyLimit, zoomErrorCode } from '../zoom'

/** Zoom's answers to POST /users/{userId}/meetings in plain words with a fix. */
export function translateCreateMeetingError(error: unknown, hostEmail: string): unknown {
  const code = zoomErrorCode(error)
  if (code === 3161) {
    return new AppFailure({
      code: 'validation',
      message: `${hostEmail} is not allowed to host or schedule meetings.`,
      remedy:
        'Pick another host. A person who has not accepted their invitation yet, or whose account is turned off, cannot host; an admin can allow it in the Zoom web portal.'
    })
  }
  if (code === 1001 || code === 1010) {
    return new AppFailure({
      code: 'not-found',
      message: `There is no user ${hostEmail} in this Zoom account.`,
      remedy: 'Pick the host from the list of active users.'
    })
  }
  return (
    rewordDailyLimit(error, {
      message: `${hostEmail} has reached Zoom’s limit of 100 new or changed meetings today.`,
      remedy:
        'Zoom resets this limit at midnight UTC. Try again after the reset time, or pick another host.'
    }) ?? error
  )
}
