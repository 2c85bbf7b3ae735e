import { describe, expect, it } from 'vitest'
import { errorLine } from '../../../src/main/cli/exit-codes'
import { apiResponseFailure, tokenEndpointFailure } from '../../../src/main/zoom/errors'

// Zoom errors are worded once, for the window ("…, then click Test connection."). A terminal
// has no such button, so the CLI says what to do there instead.

const failures = [
  tokenEndpointFailure(400, { oauthError: 'invalid_client' }),
  tokenEndpointFailure(400, { oauthError: 'unsupported_grant_type' }),
  tokenEndpointFailure(400, { code: 4717 }),
  tokenEndpointFailure(400, { oauthError: 'invalid_request', oauthReason: 'Invalid account' }),
  apiResponseFailure(401, { code: 124, message: 'Invalid access token.' }),
  apiResponseFailure(400, {
    code: 4711,
    message: 'Invalid access token, does not contain scopes:[user:read:list_users:admin].'
  }),
  apiResponseFailure(403, { code: 104, message: 'Forbidden' })
]

describe('remedies worded for a terminal', () => {
  it.each(failures.map((failure) => [failure.appError.message, failure]))(
    '%s',
    (_message, failure) => {
      // The window keeps its own step...
      expect(failure.appError.remedy).toMatch(/then click Test connection\.$/)
      // ...and the command line says its own.
      const line = errorLine(failure.appError)
      expect(line).not.toMatch(/click|Test connection|button|screen/i)
      expect(line).toMatch(/then run the command again\.$/)
    }
  )

  it('tells a terminal user where new credentials go', () => {
    const line = errorLine(
      tokenEndpointFailure(400, { oauthError: 'unsupported_grant_type' }).appError
    )
    expect(line).toContain(
      'put its credentials in ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET, then run the command again.'
    )
  })
})
