import type { DemoZoom } from '../../src/main/accounts/account-connection'
import type { RunningSimulator } from '../../src/main/simulator'

/** "Explore with demo data" backed by a simulator the test already started (and closes). */
export function demoFromSimulator(sim: RunningSimulator): () => Promise<DemoZoom> {
  return async () => ({
    apiBaseUrl: sim.apiBaseUrl,
    oauthUrl: sim.oauthUrl,
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    hostEmail: sim.org.findUser('me')!.email,
    close: async () => undefined
  })
}
