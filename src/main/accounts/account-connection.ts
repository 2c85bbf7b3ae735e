import { AppFailure } from '../../shared/app-error'
import type { Connection } from '../../shared/ipc/contracts/accounts-contract'
import type { Logger } from '../logging/logger'
import type { SecretRegistry } from '../logging/redact'
import type { OpenedSettings } from '../storage'
import type { ZoomClient, ZoomClientConfig } from '../zoom'

/**
 * Which Zoom account Headcount is talking to right now, and as which host: the one state
 * machine of none → a saved account or the demo, with a host signed in or not.
 */
export interface AccountConnection {
  connection(): Connection
  /** Picks a saved account. Makes no network call: Test connection does that. */
  connect(profileId: string): Promise<Connection>
  /** Reconnects to the account that was active last time, if its secret is still readable. */
  restore(): Promise<void>
  startDemo(): Promise<Connection>
  /** Checks the user belongs to this account (GET /users/{email}) before acting as them. */
  signInHost(email: string): Promise<Connection>
  /** Forgets the access token and the host choice; the saved credentials stay. */
  signOut(): Promise<Connection>
  /** Drops the connection if it uses this saved account (it is being deleted). */
  disconnectProfile(profileId: string): void
  /** The client every Zoom call goes through; refuses plainly when nothing is connected. */
  requireClient(): ConnectedClient
  /** The connected account's key (the profile id, or 'demo'), or null; never throws. */
  accountKey(): string | null
  dispose(): Promise<void>
}

export interface ConnectedClient {
  client: ZoomClient
  hostEmail: string | null
  /** Key for caches and remembered facts: the profile id, or 'demo'. */
  accountKey: string
}

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

export interface AccountConnectionDeps {
  storage: Pick<OpenedSettings, 'profiles' | 'vault'>
  createClient: (config: ZoomClientConfig) => ZoomClient
  startDemo: () => Promise<DemoZoom>
  /** Development only: send real profiles to a local simulator instead of zoom.us. */
  zoomEndpoints?: { apiBaseUrl: string; oauthUrl: string }
  secrets: SecretRegistry
  logger: Logger
}

interface Active {
  mode: 'demo' | 'profile'
  profileId: string | null
  label: string
  client: ZoomClient
  hostEmail: string | null
  /** Set when this connection replaced the demo: the admin is told the data is now real. */
  notice: string | null
}

const notConnected = (): AppFailure =>
  new AppFailure({
    code: 'auth',
    message: 'No Zoom account is connected yet.',
    remedy: 'Open Accounts and connect your Zoom account, or choose "Explore with demo data".'
  })

export function createAccountConnection(deps: AccountConnectionDeps): AccountConnection {
  let active: Active | null = null
  let demo: DemoZoom | null = null
  const { profiles, vault } = deps.storage

  const connection = (): Connection =>
    active
      ? {
          mode: active.mode,
          profileId: active.profileId,
          label: active.label,
          hostEmail: active.hostEmail,
          notice: active.notice
        }
      : { mode: 'none', profileId: null, label: null, hostEmail: null, notice: null }

  const disconnect = (): void => {
    active?.client.clearTokens()
    active = null
  }

  // Every secret the client learns (the client secret, tokens) is registered with the log redactor.
  const clientFor = (credentials: Omit<ZoomClientConfig, 'logger' | 'onSecret'>): ZoomClient =>
    deps.createClient({
      ...credentials,
      logger: deps.logger,
      onSecret: (value) => deps.secrets.add(value)
    })

  async function connect(profileId: string): Promise<Connection> {
    const profile = profiles.setActive(profileId)
    const secret = await vault.readSecret(profileId)
    if (secret.status !== 'ok') {
      disconnect()
      throw new AppFailure({ code: 'auth', message: secret.message, remedy: secret.remedy })
    }
    deps.secrets.add(secret.secret)
    const leftDemo = active?.mode === 'demo'
    disconnect()
    active = {
      mode: 'profile',
      profileId,
      label: profile.name,
      hostEmail: profile.hostEmail,
      notice: leftDemo
        ? `You left the demo. Headcount now shows the real Zoom data of “${profile.name}”.`
        : null,
      client: clientFor({
        accountId: profile.accountId,
        clientId: profile.clientId,
        clientSecret: secret.secret,
        plan: profile.plan,
        ...deps.zoomEndpoints
      })
    }
    return connection()
  }

  return {
    connection,
    connect,
    async restore() {
      const last = profiles.active()
      if (!last) return
      try {
        await connect(last.id)
      } catch (error) {
        deps.logger.info('Could not reconnect the last account at start-up', { error })
      }
    },
    async startDemo() {
      demo ??= await deps.startDemo()
      deps.secrets.add(demo.clientSecret)
      disconnect()
      active = {
        mode: 'demo',
        profileId: null,
        label: 'Demo organisation',
        hostEmail: demo.hostEmail,
        notice: null,
        client: clientFor({
          accountId: demo.accountId,
          clientId: demo.clientId,
          clientSecret: demo.clientSecret,
          apiBaseUrl: demo.apiBaseUrl,
          oauthUrl: demo.oauthUrl,
          plan: 'pro'
        })
      }
      return connection()
    },
    async signInHost(email) {
      const current = active
      if (!current) throw notConnected()
      let user: { email?: string }
      try {
        user = await current.client.getUser(email)
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
      if (current.profileId) await profiles.update(current.profileId, { hostEmail })
      current.hostEmail = hostEmail
      return connection()
    },
    async signOut() {
      const current = active
      if (!current) return connection()
      current.client.clearTokens()
      current.hostEmail = null
      if (current.profileId) await profiles.update(current.profileId, { hostEmail: null })
      return connection()
    },
    disconnectProfile(profileId) {
      if (active?.profileId === profileId) disconnect()
    },
    requireClient() {
      if (!active) throw notConnected()
      return {
        client: active.client,
        hostEmail: active.hostEmail,
        accountKey: active.profileId ?? 'demo'
      }
    },
    accountKey: () => (active ? (active.profileId ?? 'demo') : null),
    async dispose() {
      disconnect()
      await demo?.close()
      demo = null
    }
  }
}
