/**
 * Makes anything safe to write to a log. Three nets, because each alone misses something:
 * sensitive key names, credential-shaped text (Bearer/Basic headers, token form fields), and
 * the exact secret values this process knows about (client secrets, access tokens).
 */
export const REDACTED = '[REDACTED]'

const sensitiveKey =
  /authori[sz]ation|secret|password|passcode|token|cookie|credential|api[-_]?key/i

/** "Basic instead", "basic user": an ordinary word is not a credential, and admins read these. */
const plainWord = /^[A-Za-z][a-z]*$/

type Replacer = (match: string, ...groups: string[]) => string

const credentialPatterns: Array<[RegExp, Replacer]> = [
  [
    /\b(Bearer|Basic)\s+([A-Za-z0-9._~+/=-]+)/gi,
    (match, scheme, value) => (plainWord.test(value) ? match : `${scheme} ${REDACTED}`)
  ],
  [
    /\b(access_token|client_secret|refresh_token|token)=[^&\s"']+/gi,
    (_match, name) => `${name}=${REDACTED}`
  ],
  [
    /("(?:access_token|client_secret|clientSecret|refresh_token)"\s*:\s*")[^"]*"/gi,
    (_match, start) => `${start}${REDACTED}"`
  ]
]

export interface SecretRegistry {
  /** Remembers a secret value so it is scrubbed from every later log line. */
  add(secret: string): void
  scrub(text: string): string
}

export function createSecretRegistry(): SecretRegistry {
  const secrets = new Set<string>()
  return {
    add(secret) {
      // Very short values would blank out ordinary words; real secrets are long.
      if (secret.length >= 8) secrets.add(secret)
    },
    scrub(text) {
      let out = text
      for (const [pattern, replacement] of credentialPatterns)
        out = out.replace(pattern, replacement)
      for (const secret of secrets) out = out.split(secret).join(REDACTED)
      return out
    }
  }
}

function isAxiosLike(value: object): value is {
  isAxiosError: true
  message: string
  code?: string
  config?: { method?: string; url?: string }
  response?: { status?: number; data?: unknown }
} {
  return (value as { isAxiosError?: unknown }).isAxiosError === true
}

/** A deep, cycle-safe copy with secrets removed. Errors keep only their plain facts. */
export function redactValue(value: unknown, registry: SecretRegistry, depth = 0): unknown {
  if (typeof value === 'string') return registry.scrub(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > 6) return '[…]'
  if (isAxiosLike(value)) {
    // Never the config: it holds the headers, the Basic auth and the form body.
    return {
      name: 'AxiosError',
      message: registry.scrub(value.message),
      code: value.code,
      method: value.config?.method,
      url: value.config?.url ? registry.scrub(value.config.url.split('?')[0] ?? '') : undefined,
      status: value.response?.status,
      response: redactValue(value.response?.data, registry, depth + 1)
    }
  }
  if (value instanceof Error) {
    const plain: Record<string, unknown> = {
      name: value.name,
      message: registry.scrub(value.message)
    }
    const code = (value as { code?: unknown }).code
    if (typeof code === 'string' || typeof code === 'number') plain.code = code
    if (value.cause !== undefined) plain.cause = redactValue(value.cause, registry, depth + 1)
    return plain
  }
  if (Array.isArray(value))
    return value.slice(0, 50).map((item) => redactValue(item, registry, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    out[key] = sensitiveKey.test(key) ? REDACTED : redactValue(item, registry, depth + 1)
  }
  return out
}
