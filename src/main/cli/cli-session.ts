import { homedir } from 'node:os'
import { join } from 'node:path'
import { AppFailure } from '../../shared/app-error'
import { createFileLogger } from '../logging/file-logger'
import { silentLogger, type Logger } from '../logging/logger'
import { createSecretRegistry } from '../logging/redact'
import { startSimulator } from '../simulator'
import { createZoomClient, type ZoomClient, type ZoomPlan } from '../zoom'
import type { CliIo } from './cli-io'

export interface CliSession {
  client: ZoomClient
  logger: Logger
  demo: boolean
  close(): Promise<void>
}

export interface SessionOptions {
  demo: boolean
  plan: ZoomPlan
}

export const credentialVariables = ['ZOOM_ACCOUNT_ID', 'ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET']

/** `$HEADCOUNT_LOG_DIR`, else ~/.headcount/logs. */
export function logDirectory(env: CliIo['env']): string {
  const chosen = env.HEADCOUNT_LOG_DIR?.trim()
  return chosen ? chosen : join(homedir(), '.headcount', 'logs')
}

/**
 * The Zoom client for one CLI run: real credentials from the environment, or the built-in
 * simulator with --demo. Every secret the client holds is registered with the log redactor.
 */
export async function openSession(options: SessionOptions, io: CliIo): Promise<CliSession> {
  const { logger, secrets, close: closeLog } = openLogging(io)
  const credentials = options.demo ? await startDemo(options.plan) : fromEnvironment(io.env)
  const client = createZoomClient({
    accountId: credentials.accountId,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    apiBaseUrl: credentials.apiBaseUrl,
    oauthUrl: credentials.oauthUrl,
    plan: options.plan,
    logger,
    onSecret: (secret) => secrets.add(secret)
  })
  logger.info('CLI session opened', { demo: options.demo, plan: options.plan })
  return {
    client,
    logger,
    demo: options.demo,
    async close() {
      client.signOut()
      await credentials.close()
      await closeLog()
    }
  }
}

interface Credentials {
  accountId: string
  clientId: string
  clientSecret: string
  apiBaseUrl?: string
  oauthUrl?: string
  close(): Promise<void>
}

function fromEnvironment(env: CliIo['env']): Credentials {
  const [accountId, clientId, clientSecret] = credentialVariables.map((name) => env[name]?.trim())
  if (!accountId || !clientId || !clientSecret) {
    throw new AppFailure({
      code: 'auth',
      message: 'Headcount needs your Zoom app credentials.',
      remedy:
        'Set ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET from your Server-to-Server ' +
        'OAuth app in the Zoom App Marketplace, or add --demo to try Headcount with sample data'
    })
  }
  return {
    accountId,
    clientId,
    clientSecret,
    apiBaseUrl: env.ZOOM_API_BASE_URL?.trim() || undefined,
    oauthUrl: env.ZOOM_OAUTH_URL?.trim() || undefined,
    close: async () => undefined
  }
}

async function startDemo(plan: ZoomPlan): Promise<Credentials> {
  // A little latency keeps the demo honest without slowing scripts down.
  const sim = await startSimulator({ plan, latencyMs: { meanMs: 5, jitterMs: 3 } })
  return {
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    apiBaseUrl: sim.apiBaseUrl,
    oauthUrl: sim.oauthUrl,
    close: () => sim.close()
  }
}

/** The run's log file and the redactor every secret is registered with; silent if unwritable. */
export function openLogging(io: CliIo): {
  logger: Logger
  secrets: ReturnType<typeof createSecretRegistry>
  close(): Promise<void>
} {
  const secrets = createSecretRegistry()
  const fileLogger = openLogger(logDirectory(io.env), secrets)
  return {
    logger: fileLogger ?? silentLogger,
    secrets,
    close: async () => {
      await fileLogger?.close()
    }
  }
}

function openLogger(
  directory: string,
  secrets: ReturnType<typeof createSecretRegistry>
): ReturnType<typeof createFileLogger> | null {
  try {
    return createFileLogger({ directory, secrets })
  } catch {
    // Logging must never stop an export (e.g. a read-only home folder).
    return null
  }
}
