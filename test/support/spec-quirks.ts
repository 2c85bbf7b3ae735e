/**
 * Every place where Zoom's official OpenAPI spec and Zoom's real wire behaviour disagree, with why.
 * The spec validator applies these and nothing else; keep this the ONLY allow-list.
 */
import type { ErrorObject } from 'ajv'

export interface SpecQuirk {
  id: string
  reason: string
}

export const specQuirks = {
  meetingIdOneOf: {
    id: 'meetingId-oneOf',
    reason:
      'Path parameter meetingId is `oneOf: [integer, string]`; a numeric id matches both branches, so oneOf always fails. Validated as anyOf.'
  },
  errorsAsProse: {
    id: 'errors-prose-only',
    reason:
      "Error responses are documented only as prose in `description` (no schema). They are checked against Zoom's documented error body {code, message, errors?[{field, message}]} (zoom-api.md §0)."
  },
  httpStatus300: {
    id: 'http-300-is-400',
    reason:
      'The spec lists some errors under HTTP "300"; Zoom sends them as HTTP 400 with `code: 300` (zoom-api.md §2). A 400 is accepted where only 300 is documented.'
  },
  globalStatuses: {
    id: 'global-statuses',
    reason:
      '401/124 (token), 400/4711 (scopes), 429 (rate limits) and 5xx apply to every endpoint but are documented once, globally, not per operation.'
  },
  weeklyDaysList: {
    id: 'weekly_days-list',
    reason:
      'recurrence.weekly_days has `enum ["1".."7"]`, but Zoom documents and accepts a comma list ("2,4" = Monday and Wednesday).'
  },
  customFormats: {
    id: 'openapi-formats',
    reason:
      'OpenAPI formats int64, int32, password and the typo `format: "string"` are not JSON-Schema formats; they carry no constraint.'
  },
  notFoundStatus: {
    id: 'undocumented-404',
    reason:
      'A single-encoded UUID containing "/" breaks Zoom\'s routing and yields 404/3001 on every meeting-id endpoint, documented or not (zoom-api.md §5).'
  },
  listWebinarsPageToken: {
    id: 'list-webinars-next-page-token',
    reason:
      'GET /users/{userId}/webinars lists only `page_number` as a query parameter, yet marks it deprecated ("Instead, use the next_page_token for pagination") and returns `next_page_token`; Zoom pages it by token like every list (zoom_rb #433 moved to it in 2022). next_page_token is accepted there.'
  }
} satisfies Record<string, SpecQuirk>

/** Query parameters Zoom takes that an operation's spec entry leaves out (see listWebinarsPageToken). */
const undocumentedQuery: Record<string, string[]> = {
  'GET /users/{userId}/webinars': ['next_page_token']
}

export function isUndocumentedQueryAllowed(
  method: string,
  template: string,
  name: string
): boolean {
  return undocumentedQuery[`${method} ${template}`]?.includes(name) ?? false
}

/** Statuses accepted on every operation (see globalStatuses / notFoundStatus). */
export const globallyAllowedStatuses = [400, 401, 404, 429, 500, 502, 503]

/** Schema errors to ignore, each tied to a quirk above. */
export function isIgnoredSchemaError(error: ErrorObject): boolean {
  return error.instancePath.endsWith('/recurrence/weekly_days') && error.keyword === 'enum'
}

/** Zoom's documented error body, used because error responses have no schema in the spec. */
export const zoomErrorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'integer' },
    message: { type: 'string', minLength: 1 },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } }
      }
    }
  }
} as const
