import type { DemoZoom } from '../../src/main/accounts/account-connection'
import type { RunningSimulator } from '../../src/main/simulator'
import type { ZoomClient, ZoomClientConfig } from '../../src/main/zoom'
import { createTestCore } from './fake-core'

/**
 * The real app core with a saved account for the given simulator, connected: what an admin
 * has after the account setup, ready for meetings and attendance requests.
 */
export async function connectedCore(
  sim: RunningSimulator,
  options: {
    saveDir?: string | null
    plan?: 'free' | 'pro' | 'business'
    startDemo?: () => Promise<DemoZoom>
    createClient?: (config: ZoomClientConfig) => ZoomClient
    /** What the fake open dialog answers (a restore's backup); null means the person cancels. */
    openFile?: () => string | null
  } = {}
): Promise<ReturnType<typeof createTestCore>> {
  const test = createTestCore({
    zoomEndpoints: { apiBaseUrl: sim.apiBaseUrl, oauthUrl: sim.oauthUrl },
    saveDir: options.saveDir ?? null,
    openFile: options.openFile,
    startDemo: options.startDemo,
    createClient: options.createClient
  })
  const created = await test.core.router.dispatch('accounts:create', {
    name: 'Org',
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    plan: options.plan ?? 'pro'
  })
  if (!created.ok) throw new Error(`Could not save the test account: ${created.error.message}`)
  const id = (created.data as { profile: { id: string } }).profile.id
  const connected = await test.core.router.dispatch('accounts:connect', { id })
  if (!connected.ok)
    throw new Error(`Could not connect the test account: ${connected.error.message}`)
  return test
}
