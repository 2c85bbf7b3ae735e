import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxiosError, AxiosHeaders } from 'axios'
import { describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../src/main/logging/file-logger'
import { REDACTED, createSecretRegistry, redactValue } from '../../../src/main/logging/redact'

const clientSecret = 'CANARY-secret-9f8e7d6c5b4a'
const accessToken = 'eyJhbGciOiJIUzUxMiJ9.CANARY-token.sig'
const basic = Buffer.from(`client-id:${clientSecret}`).toString('base64')

function axiosErrorWithCredentials(): AxiosError {
  const headers = new AxiosHeaders({ Authorization: `Bearer ${accessToken}` })
  const config = {
    method: 'post',
    url: 'https://zoom.us/oauth/token?grant_type=account_credentials',
    headers,
    auth: { username: 'client-id', password: clientSecret },
    data: `grant_type=account_credentials&account_id=abc&client_secret=${clientSecret}`
  }
  return new AxiosError(
    'Request failed with status code 401',
    'ERR_BAD_REQUEST',
    config as never,
    {},
    {
      status: 401,
      statusText: 'Unauthorized',
      headers: {},
      config: config as never,
      data: { code: 124, message: 'Invalid access token.' }
    }
  )
}

describe('the redactor', () => {
  it('never prints the token or secret from an AxiosError', () => {
    const registry = createSecretRegistry()
    const out = JSON.stringify(redactValue({ error: axiosErrorWithCredentials() }, registry))
    expect(out).not.toContain(clientSecret)
    expect(out).not.toContain(accessToken)
    expect(out).not.toContain(basic)
    expect(out).toContain('401')
    expect(out).toContain('Invalid access token.')
  })

  it('blanks credential-shaped text and sensitive keys', () => {
    const registry = createSecretRegistry()
    const out = JSON.stringify(
      redactValue(
        {
          header: `Authorization: Basic ${basic}`,
          note: `sent Bearer ${accessToken} to zoom`,
          form: `client_secret=${clientSecret}&x=1`,
          clientSecret,
          nested: { access_token: accessToken, authorization: 'anything' }
        },
        registry
      )
    )
    expect(out).not.toContain(clientSecret)
    expect(out).not.toContain(accessToken)
    expect(out).not.toContain(basic)
    expect(out).toContain(REDACTED)
  })

  it('leaves plain words after "Basic" or "Bearer" alone (they reach the admin too)', () => {
    const registry = createSecretRegistry()
    for (const text of [
      'Add the person as Basic instead, or buy more licences.',
      'Your request to add a basic user was not approved.',
      'Secrets saved with basic protection only.',
      'The bearer of this link can join.'
    ]) {
      expect(registry.scrub(text)).toBe(text)
    }
    expect(registry.scrub('Authorization: Basic Y2xpZW50OnNlY3JldA==')).toBe(
      'Authorization: Basic [REDACTED]'
    )
    expect(registry.scrub('sent Bearer eyJzaW0iOiJ4In0.abcDEF123_-xyz here')).toBe(
      'sent Bearer [REDACTED] here'
    )
  })

  it('scrubs known secret values wherever they appear', () => {
    const registry = createSecretRegistry()
    registry.add(clientSecret)
    expect(registry.scrub(`oops ${clientSecret} in text`)).toBe(`oops ${REDACTED} in text`)
  })

  it('survives cycles', () => {
    const a: Record<string, unknown> = { name: 'a' }
    a.self = a
    expect(() => redactValue(a, createSecretRegistry())).not.toThrow()
  })
})

describe('the file logger', () => {
  it('writes JSON lines with no secret in them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'headcount-log-'))
    const secrets = createSecretRegistry()
    secrets.add(clientSecret)
    const logger = createFileLogger({ directory, secrets })
    logger.error(`token fetch failed for ${clientSecret}`, { error: axiosErrorWithCredentials() })
    logger.info('ok', { headers: { Authorization: `Bearer ${accessToken}` } })
    await logger.close()
    const files = readdirSync(directory)
    expect(files.length).toBeGreaterThan(0)
    const text = files.map((f) => readFileSync(join(directory, f), 'utf8')).join('\n')
    expect(text).toContain('token fetch failed')
    expect(text).not.toContain(clientSecret)
    expect(text).not.toContain(accessToken)
    for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
  })
})
