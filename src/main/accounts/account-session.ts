import { AppFailure } from '../../shared/app-error'
import type {
  AccountsState,
  Connection,
  FeatureCheck,
  SecretOutcome
} from '../../shared/ipc/contracts/accounts-contract'
import type { Logger } from '../logging/logger'
import type { SecretRegistry } from '../logging/redact'
import type { OpenedSettings, ProfileSaveResult, SecretSaveResult } from '../storage'
import type { ZoomClient, ZoomClientConfig } from '../zoom'
import { checkFeatures } from '../../shared/accounts/feature-access'

/** The demo organisation: the built-in simulator, started on first use. */
export interface DemoZoom {
  apiBaseUrl: string
  oauthUrl: string
  accountId: string
  clientId: string
  clientSecret: string
  hostEmail: string
  close(): Promise<void>
}

export interface AccountSessionDeps {
  storage: OpenedSettings
  createClient: (config: ZoomClientConfig) => ZoomClient
  startDemo: () => Promise<DemoZoom>
  /** Development only: send real profiles to a local simulator instead of zoom.us. */
  zoomEndpoints?: { apiBaseUrl: string; oauthUrl: string }
  secrets: SecretRegistry
  logger: Logger
  /** Past-meeting data cached per profile, dropped when the profile is forgotten. */
  clearCache?: (profileId: string) => Promise<void>
}

interface Active {
  mode: 'demo' | 'profile'
  profileId: string | null
  label: string
  client: ZoomClient
  hostEmail: string | null
}

export interface ConnectedClient {
  client: ZoomClient
  hostEmail: string | null
  /** Key for caches and remembered facts: the profile id, or 'demo'. */
  accountKey: string
}

const notConnected = (): AppFailure =>
  new AppFailure({
    code: 'auth',
    message: 'No Zoom account is connected yet.',
    remedy: 'Open Accounts and connect your Zoom account, or choose "Explore with demo data".'
  })

function outcome(result: SecretSaveResult | null): SecretOutcome | null {
  if (!result) return null
  return result.persisted
    ? { persisted: true, message: result.message }
    : { persisted: false, message: result.message, remedy: result.remedy }
}

/** Which Zoom account Headcount is talking to right now, and as which host. */
export class AccountSession {
  private active: Active | null = null
  private demo: DemoZoom | null = null
  private noticeDismissed = false
  private readonly paidPlanMissing = new Map<string, Set<FeatureCheck['id']>>()

  constructor(private readonly deps: AccountSessionDeps) {}

  async state(): Promise<AccountsState> {
    const { profiles, vault, notice } = this.deps.storage
    return {
      profiles: profiles.list(),
      encryption: await vault.encryptionStatus(),
      connection: this.connection(),
      notice:
        notice && !this.noticeDismissed ? { message: notice.message, remedy: notice.remedy } : null
    }
  }

  connection(): Connection {
    const a = this.active
    if (!a) return { mode: 'none', profileId: null, label: null, hostEmail: null }
    return { mode: a.mode, profileId: a.profileId, label: a.label, hostEmail: a.hostEmail }
  }

  dismissNotice(): void {
    this.noticeDismissed = true
  }

  async create(
    input: unknown
  ): Promise<{ profile: ProfileSaveResult['profile']; secret: SecretOutcome | null }> {
    const saved = await this.deps.storage.profiles.create(input)
    return { profile: saved.profile, secret: outcome(saved.secret) }
  }

  async update(
    id: string,
    patch: unknown
  ): Promise<{ profile: ProfileSaveResult['profile']; secret: SecretOutcome | null }> {
    const saved = await this.deps.storage.profiles.update(id, patch)
    // New credentials mean the old token and host choice no longer apply.
    if (this.active?.profileId === id) await this.connect(id)
    return { profile: saved.profile, secret: outcome(saved.secret) }
  }

  async setSecret(id: string, clientSecret: string): Promise<SecretOutcome> {
    const saved = await this.deps.storage.vault.saveSecret(id, clientSecret)
    if (this.active?.profileId === id) await this.connect(id)
    return outcome(saved) as SecretOutcome
  }

  /** Picks a saved account. Makes no network call: Test connection does that. */
  async connect(id: string): Promise<Connection> {
    const { profiles, vault } = this.deps.storage
    const profile = profiles.setActive(id)
    const secret = await vault.readSecret(id)
    if (secret.status !== 'ok') {
      this.disconnect()
      throw new AppFailure({ code: 'auth', message: secret.message, remedy: secret.remedy })
    }
    this.deps.secrets.add(secret.secret)
    this.disconnect()
    this.active = {
      mode: 'profile',
      profileId: id,
      label: profile.name,
      hostEmail: profile.hostEmail,
      client: this.deps.createClient({
        accountId: profile.accountId,
        clientId: profile.clientId,
        clientSecret: secret.secret,
        plan: profile.plan,
        logger: this.deps.logger,
        onSecret: (value) => this.deps.secrets.add(value),
        ...this.deps.zoomEndpoints
      })
    }
    return this.connection()
  }

  /** Reconnects to the account that was active last time, if its secret is still readable. */
  async restore(): Promise<void> {
    const last = this.deps.storage.profiles.active()
    if (!last) return
    try {
      await this.connect(last.id)
    } catch (error) {
      this.deps.logger.info('Could not reconnect the last account at start-up', { error })
    }
  }

  async startDemo(): Promise<Connection> {
    this.demo ??= await this.deps.startDemo()
    const demo = this.demo
    this.deps.secrets.add(demo.clientSecret)
    this.disconnect()
    this.active = {
      mode: 'demo',
      profileId: null,
      label: 'Demo organisation',
      hostEmail: demo.hostEmail,
      client: this.deps.createClient({
        accountId: demo.accountId,
        clientId: demo.clientId,
        clientSecret: demo.clientSecret,
        apiBaseUrl: demo.apiBaseUrl,
        oauthUrl: demo.oauthUrl,
        plan: 'pro',
        logger: this.deps.logger,
        onSecret: (value) => this.deps.secrets.add(value)
      })
    }
    return this.connection()
  }

  requireClient(): ConnectedClient {
    const a = this.active
    if (!a) throw notConnected()
    return { client: a.client, hostEmail: a.hostEmail, accountKey: a.profileId ?? 'demo' }
  }

  /** Remembers that Zoom refused a feature for want of a paid plan (code 200). */
  notePaidPlanRequired(feature: FeatureCheck['id']): void {
    const key = this.active?.profileId ?? 'demo'
    const set = this.paidPlanMissing.get(key) ?? new Set()
    set.add(feature)
    this.paidPlanMissing.set(key, set)
  }

  async testConnection(): Promise<FeatureCheck[]> {
    const { client, accountKey } = this.requireClient()
    const granted = await client.grantedScopes()
    return checkFeatures(granted, this.paidPlanMissing.get(accountKey) ?? new Set())
  }

  /** Checks the user belongs to this account (GET /users/{email}) before acting as them. */
  async signInHost(email: string): Promise<Connection> {
    const a = this.active
    if (!a) throw notConnected()
    let user: { email?: string }
    try {
      user = await a.client.getUser(email)
    } catch (error) {
      if (error instanceof AppFailure && error.appError.code === 'not-found') {
        throw new AppFailure({
          code: 'not-found',
          message: `There is no user with the email ${email} in this Zoom account.`,
          remedy: 'Check the spelling, or pick one of the emails listed under Users.'
        })
      }
      throw error
    }
    const hostEmail = (user.email ?? email).toLowerCase()
    if (a.profileId) await this.deps.storage.profiles.update(a.profileId, { hostEmail })
    a.hostEmail = hostEmail
    return this.connection()
  }

  /** Forgets the access token and the host choice; the saved credentials stay. */
  async signOut(): Promise<Connection> {
    const a = this.active
    if (!a) return this.connection()
    a.client.clearTokens()
    a.hostEmail = null
    if (a.profileId) await this.deps.storage.profiles.update(a.profileId, { hostEmail: null })
    return this.connection()
  }

  /** Deletes a saved account and everything Headcount kept for it. */
  async forget(id: string): Promise<AccountsState> {
    this.deps.storage.profiles.get(id)
    if (this.active?.profileId === id) this.disconnect()
    this.deps.storage.profiles.remove(id)
    await this.deps.clearCache?.(id)
    return this.state()
  }

  async dispose(): Promise<void> {
    this.disconnect()
    await this.demo?.close()
    this.demo = null
  }

  private disconnect(): void {
    this.active?.client.clearTokens()
    this.active = null
  }
}
