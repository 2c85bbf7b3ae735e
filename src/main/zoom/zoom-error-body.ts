/** What Zoom puts in an error body. API errors use code/message; the token endpoint uses error/reason. */
export interface ZoomErrorBody {
  code?: number
  message?: string
  fieldErrors?: { field: string; message: string }[]
  oauthError?: string
  oauthReason?: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readZoomErrorBody(data: unknown): ZoomErrorBody {
  let parsed: unknown = data
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data)
    } catch {
      return {}
    }
  }
  if (!isRecord(parsed)) return {}
  const body: ZoomErrorBody = {}
  if (typeof parsed.code === 'number') body.code = parsed.code
  else if (typeof parsed.code === 'string' && /^\d+$/.test(parsed.code))
    body.code = Number(parsed.code)
  if (typeof parsed.message === 'string') body.message = parsed.message
  if (typeof parsed.error === 'string') body.oauthError = parsed.error
  if (typeof parsed.reason === 'string') body.oauthReason = parsed.reason
  if (Array.isArray(parsed.errors)) {
    body.fieldErrors = parsed.errors.filter(isRecord).map((entry) => ({
      field: typeof entry.field === 'string' ? entry.field : '',
      message: typeof entry.message === 'string' ? entry.message : ''
    }))
  }
  return body
}

/** The body with every text Zoom wrote passed through `scrub` (secrets and credentials out). */
export function scrubZoomErrorBody(
  body: ZoomErrorBody,
  scrub: (text: string) => string
): ZoomErrorBody {
  const clean = { ...body }
  if (clean.message !== undefined) clean.message = scrub(clean.message)
  if (clean.oauthReason !== undefined) clean.oauthReason = scrub(clean.oauthReason)
  if (clean.fieldErrors) {
    clean.fieldErrors = clean.fieldErrors.map((entry) => ({
      field: scrub(entry.field),
      message: scrub(entry.message)
    }))
  }
  return clean
}

/**
 * Scopes named in a 4711/4700 message: `...does not contain scopes:[a, b].` or `scopes: [a].`
 */
export function parseMissingScopes(message: string | undefined): string[] {
  const match = /scopes:\s*\[([^\]]*)\]/i.exec(message ?? '')
  if (!match) return []
  return match[1]
    .split(/[,\s]+/)
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '')
}
