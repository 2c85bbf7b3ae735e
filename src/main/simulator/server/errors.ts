/** Zoom's API error body; validation failures add per-field errors. */
export interface ZoomErrorBody {
  code: number
  message: string
  errors?: { field: string; message: string }[]
}

/** Thrown by handlers and guards; the app turns it into the HTTP response. */
export class ZoomHttpError extends Error {
  readonly status: number
  readonly body: ZoomErrorBody
  readonly headers: Record<string, string>

  constructor(status: number, body: ZoomErrorBody, headers: Record<string, string> = {}) {
    super(body.message)
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export function zoomError(status: number, code: number, message: string): ZoomHttpError {
  return new ZoomHttpError(status, { code, message })
}

export function validationFailed(fields: { field: string; message?: string }[]): ZoomHttpError {
  return new ZoomHttpError(400, {
    code: 300,
    message: 'Validation Failed.',
    errors: fields.map((f) => ({ field: f.field, message: f.message ?? 'Invalid field.' }))
  })
}

export const messages = {
  invalidToken: 'Invalid access token.',
  expiredToken: 'Access token is expired.',
  pageToken: 'The next page token is invalid or expired.',
  notEnded: 'Meeting ID is invalid or not end.',
  meetingUnavailable: 'This meeting is not available or the meeting ID is invalid.',
  perSecond: 'You have reached the maximum per-second rate limit for this API. Try again later.',
  daily:
    'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.',
  meetingCreateDaily:
    'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
  userInviteDaily: (limit: number): string =>
    `You have exceeded the daily rate limit (${limit}) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.`,
  missingScopes: (scopes: string[]): string =>
    `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`,
  userNotFound: (userId: string): string => `User does not exist: ${userId}.`,
  // SPEC, POST /users (400, code 1116).
  notManagedDomain: (email: string, domains: string[]): string =>
    `Email address ${email} doesn't match limited domains: ${domains.join(',')}`,
  meetingNotFound: (meetingId: string | number): string =>
    `Meeting ${meetingId} is not found or has expired.`,
  noRegistration: (meetingId: number): string =>
    `This meeting has not set registration as required: ${meetingId}.`,
  paidOnly: (accountId: string): string => `Only available for paid account: ${accountId}`,
  // SPEC, GET /webinars/{webinarId}/registrants and /past_webinars/{WebinarUUID}/absentees.
  noWebinarPlan: (userId: string): string =>
    `Webinar plan subscription is missing. Enable webinar for this user once the subscription is added:${userId}.`,
  webinarNotFound: (webinarId: string | number): string =>
    `Webinar ${webinarId} not found or has expired.`,
  webinarNoRegistration: (webinarId: number): string =>
    `This webinar has not set registration as required: ${webinarId}.`,
  // SPEC, GET /past_webinars/{WebinarUUID}/absentees (code 3000).
  absenteesNoRegistration: (webinarUuid: string): string =>
    `This Webinar has not registration required: ${webinarUuid}`
}
