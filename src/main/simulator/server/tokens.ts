import { randomBytes } from 'node:crypto'
import { messages, zoomError } from './errors'

interface IssuedToken {
  expiresAt: number
  scopes: string[]
}

/** Access tokens the simulator has issued. Several live tokens may coexist (Zoom, since 2023). */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>()
  issued = 0

  constructor(private readonly now: () => number) {}

  issue(scopes: string[], ttlSeconds: number): string {
    // Looks like a JWT to clients that peek, but it is an opaque random string.
    const token = `eyJzaW0iOiJoZWFkY291bnQifQ.${randomBytes(24).toString('base64url')}`
    this.tokens.set(token, { expiresAt: this.now() + ttlSeconds * 1000, scopes })
    this.issued += 1
    return token
  }

  /** Scopes of a valid bearer token, or a 401/124 error. */
  verify(authorization: string | undefined): string[] {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')
    const token = match ? this.tokens.get(match[1] as string) : undefined
    if (!token) throw zoomError(401, 124, messages.invalidToken)
    if (this.now() >= token.expiresAt) throw zoomError(401, 124, messages.expiredToken)
    return token.scopes
  }

  revokeAll(): void {
    this.tokens.clear()
  }
}
