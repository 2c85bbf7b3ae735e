import { AppFailure } from '../../shared/app-error'
import type { AppError } from '../../shared/app-error'
import type { ZoomErrorBody } from './zoom-error-body'
import { parseMissingScopes } from './zoom-error-body'
import { windowSteps } from './remedy-steps'

const testAgain = windowSteps.tryAgain
const marketplace = 'your Server-to-Server OAuth app in the Zoom App Marketplace'

/** Zoom's own answer behind a failure, kept for code that branches on it (paging restarts). */
export interface ZoomAnswer {
  status: number
  code?: number
  message?: string
}

/** An AppFailure that still knows Zoom's answer. Only AppError crosses IPC, never this extra. */
export class ZoomFailure extends AppFailure {
  readonly zoom: ZoomAnswer | undefined
  constructor(appError: AppError, zoom?: ZoomAnswer) {
    super(appError)
    this.name = 'ZoomFailure'
    this.zoom = zoom
  }
}

function fail(error: AppError, zoom?: ZoomAnswer): ZoomFailure {
  return new ZoomFailure(error, zoom)
}

/** Zoom's code 300 "The next page token is invalid or expired." (tokens live 15 minutes). */
export function isExpiredPageToken(error: unknown): boolean {
  return (
    error instanceof ZoomFailure &&
    error.zoom?.code === 300 &&
    /page token/i.test(error.zoom.message ?? '')
  )
}

/** Code 300 "This meeting has not set registration as required": no registrants, not a fault. */
export function isRegistrationOff(error: unknown): boolean {
  return (
    error instanceof ZoomFailure &&
    error.zoom?.code === 300 &&
    /registration/i.test(error.zoom.message ?? '')
  )
}

/** Zoom's own error code behind a failure (1001, 3161, ...), when Zoom gave one. */
export function zoomErrorCode(error: unknown): number | undefined {
  return error instanceof ZoomFailure ? error.zoom?.code : undefined
}

/**
 * The same daily-limit failure in words that fit the action (adding people, scheduling),
 * keeping the reset time; anything else comes back as null.
 */
export function rewordDailyLimit(
  error: unknown,
  words: { message: string; remedy: string }
): AppFailure | null {
  if (!(error instanceof AppFailure) || error.appError.code !== 'daily-limit') return null
  const retryAt = error.appError.details?.retryAt
  return new AppFailure({
    code: 'daily-limit',
    ...words,
    ...(retryAt ? { details: { retryAt } } : {})
  })
}

/** No Webinar add-on or no webinar licence for the host (see noWebinarLicence below). */
export function isNoWebinarLicence(error: unknown): boolean {
  return error instanceof AppFailure && error.appError.code === 'no-webinar-licence'
}

const noWebinarLicence: AppError = {
  code: 'no-webinar-licence',
  message: 'This account has no webinar licence.',
  remedy:
    "Webinars need Zoom's Webinar add-on on a Pro or higher plan, with a webinar licence for each host. The account owner can add it under Plans and Billing in the Zoom web portal; until then Headcount shows meetings only."
}

/**
 * Webinar calls: Zoom's "Webinar plan subscription is missing" arrives as code 200 and maps to
 * no-webinar-licence below; a free plan ("only available for paid account") cannot have
 * webinars either, so on webinar endpoints that becomes the same answer.
 */
export function asWebinarFailure(error: unknown): unknown {
  if (!(error instanceof ZoomFailure) || error.appError.code !== 'paid-plan-required') return error
  return fail(noWebinarLicence, error.zoom)
}

function zoomSaid(body: ZoomErrorBody): string {
  const text = body.message ?? body.oauthReason
  return text ? ` Zoom said: "${text}"` : ''
}

export function cancelledFailure(): AppFailure {
  return fail({ code: 'cancelled', message: 'Stopped before it finished.' })
}

export function networkFailure(timedOut: boolean): AppFailure {
  return fail({
    code: 'network',
    message: timedOut ? 'Zoom did not answer in time.' : 'Could not reach Zoom.',
    remedy: 'Check your internet connection (and any proxy or firewall), then try again.'
  })
}

export function rateLimitedFailure(retryAt: Date | undefined): AppFailure {
  const when = retryAt ? ` until ${retryAt.toISOString()}` : ''
  return fail(
    {
      code: 'rate-limited',
      message: `Zoom is limiting how fast this account can make requests${when}.`,
      remedy: 'Wait a minute and try again. Other apps on the same Zoom account share this limit.',
      details: retryAt ? { retryAt: retryAt.toISOString() } : undefined
    },
    { status: 429 }
  )
}

/** The token endpoint's 429: too many sign-ins for now, which says nothing about the credentials. */
export function signInRateLimitedFailure(retryAt: Date | undefined): AppFailure {
  const when = retryAt ? ` (until ${retryAt.toISOString()})` : ''
  return fail(
    {
      code: 'rate-limited',
      message: `Zoom asked Headcount to wait before signing in to this account again${when}. This is a rate limit; the saved credentials were not refused.`,
      remedy: 'Wait a minute and try again. Other apps on the same Zoom account share this limit.',
      details: retryAt ? { retryAt: retryAt.toISOString() } : undefined
    },
    { status: 429 }
  )
}

export function dailyLimitFailure(retryAt: Date, what: string): AppFailure {
  return fail(
    {
      code: 'daily-limit',
      message: `Zoom's daily limit for ${what} is used up. It resets at ${retryAt.toISOString()}.`,
      remedy:
        'Try again after the reset time. Other apps on the same Zoom account share this limit.',
      details: { retryAt: retryAt.toISOString() }
    },
    { status: 429 }
  )
}

export function incompleteListFailure(received: number, expected: number): AppFailure {
  return fail({
    code: 'zoom-unavailable',
    message: `Zoom sent ${received} of the ${expected} records it said it had, so the list is incomplete.`,
    remedy: 'Try again in a few minutes. If it keeps happening, contact Zoom support.'
  })
}

/**
 * A 2xx whose body is not the JSON object Zoom sends: a proxy's or network sign-in page, or an
 * answer cut off on the way. Nothing is read from it; after a POST the change may still be done.
 */
export function badAnswerFailure(mayHaveActed = false): AppFailure {
  const shape = "Zoom's answer was not in the form Headcount expects"
  if (mayHaveActed) {
    return fail({
      code: 'zoom-unavailable',
      message: `${shape}, so Headcount cannot tell whether the change was done. It may have been made.`,
      remedy:
        'Check in Zoom (or refresh the list in Headcount) before trying again, so nothing is made twice.'
    })
  }
  return fail({
    code: 'zoom-unavailable',
    message: `${shape}, so nothing was read from it. A proxy, firewall or network sign-in page may have answered instead of Zoom.`,
    remedy:
      'Check that websites open in your browser (sign in to the network if it asks), then try again in a few minutes.'
  })
}

function zoomUnavailable(body: ZoomErrorBody): AppError {
  return {
    code: 'zoom-unavailable',
    message: `Zoom is having trouble right now.${zoomSaid(body)}`,
    remedy: 'Try again in a few minutes. Check status.zoom.us if it keeps happening.'
  }
}

function tokenError(status: number, body: ZoomErrorBody): AppError {
  if (status >= 500) return zoomUnavailable(body)
  if (body.oauthError === 'invalid_client') {
    return {
      code: 'auth',
      message: 'Zoom did not accept the Client ID or Client Secret.',
      remedy: `Copy the Client ID and Client Secret again from ${marketplace} (App Credentials), ${testAgain}`
    }
  }
  if (body.oauthError === 'unsupported_grant_type') {
    return {
      code: 'auth',
      message: 'These credentials are not from a Server-to-Server OAuth app.',
      remedy: `Create a Server-to-Server OAuth app in the Zoom App Marketplace, ${windowSteps.enterCredentials}, ${testAgain}`
    }
  }
  if (body.code === 4717) {
    return {
      code: 'auth',
      message: 'Your Zoom app is turned off.',
      remedy: `Activate ${marketplace}, ${testAgain}`
    }
  }
  return {
    code: 'auth',
    message: `Zoom did not accept the Account ID or the app credentials.${zoomSaid(body)}`,
    remedy: `Check the Account ID, Client ID and Client Secret on ${marketplace} (App Credentials), ${testAgain}`
  }
}

/** Failures of POST /oauth/token: wrong credentials, wrong account, wrong app type. */
export function tokenEndpointFailure(status: number, body: ZoomErrorBody): AppFailure {
  return fail(tokenError(status, body), { status, code: body.code, message: body.message })
}

function missingScopes(body: ZoomErrorBody): AppError {
  const listed = parseMissingScopes(body.message)
  // Zoom lists alternatives (user-level and :admin); an account-wide app wants the :admin ones.
  const admin = listed.filter((scope) => scope.endsWith(':admin'))
  const advice = admin.length > 0 ? admin : listed
  const scopeText = advice.length > 0 ? advice.join(' and ') : 'the scopes this feature needs'
  return {
    code: 'missing-scopes',
    message: 'Your Zoom app is missing a permission (scope) this needs.',
    remedy: `Add the scope${advice.length > 1 ? 's' : ''} ${scopeText} to ${marketplace}, ${testAgain}`,
    details: { scopes: listed }
  }
}

function validation(body: ZoomErrorBody): AppError {
  const fields = (body.fieldErrors ?? []).filter((entry) => entry.field !== '')
  const listed = fields.map((entry) => `${entry.field} (${entry.message})`).join(', ')
  return {
    code: 'validation',
    message:
      fields.length > 0
        ? `Zoom did not accept these values: ${listed}.`
        : `Zoom did not accept the request.${zoomSaid(body)}`,
    remedy: 'Check the values you entered and try again.',
    details: fields.length > 0 ? { fields } : undefined
  }
}

function apiError(status: number, body: ZoomErrorBody): AppError {
  const { code } = body
  const message = body.message ?? ''
  if (status >= 500) return zoomUnavailable(body)
  if (code === 4711 || code === 4700) return missingScopes(body)
  if (status === 401 || code === 124) {
    return {
      code: 'auth',
      message: `Zoom rejected Headcount's sign-in.${zoomSaid(body)}`,
      remedy: `Make sure ${marketplace} is activated and its credentials are current, ${testAgain}`
    }
  }
  if (code === 200 && /api key|secret/i.test(message)) {
    return tokenError(400, { oauthError: 'invalid_client' })
  }
  // "Webinar plan subscription is missing…" / "…subscribe webinar plan…" (SPEC, webinar endpoints).
  if (code === 200 && /webinar/i.test(message)) return noWebinarLicence
  if (code === 200) {
    return {
      code: 'paid-plan-required',
      message: `This needs a paid Zoom plan (Pro or higher).${zoomSaid(body)}`,
      remedy:
        'Reports and attendance lists are only available on paid Zoom accounts. Ask the account owner to upgrade.'
    }
  }
  if (code === 3001 && /not end/i.test(message)) {
    return {
      code: 'report-not-ready',
      message: "Zoom has not finished preparing this meeting's report yet.",
      remedy: 'Reports appear some minutes after a meeting ends. Try again later.'
    }
  }
  if (code === 12702) {
    return {
      code: 'not-found',
      message: 'Zoom keeps meeting reports for about a year; this meeting is older.',
      remedy: 'Pick a more recent meeting.'
    }
  }
  if (status === 404 || code === 1001 || code === 3001 || code === 1010) {
    return {
      code: 'not-found',
      message: `Zoom could not find that user or meeting.${zoomSaid(body)}`,
      remedy: 'Check the meeting ID or email address, and that it belongs to this Zoom account.'
    }
  }
  if (status === 403) {
    return {
      code: 'auth',
      message: `Zoom refused this request.${zoomSaid(body)}`,
      remedy: `Check the role and scopes of ${marketplace}, ${testAgain}`
    }
  }
  return validation(body)
}

/** Maps an API error response (429s are decided in rate-limit-response.ts) to a typed failure. */
export function apiResponseFailure(status: number, body: ZoomErrorBody): AppFailure {
  return fail(apiError(status, body), { status, code: body.code, message: body.message })
}
