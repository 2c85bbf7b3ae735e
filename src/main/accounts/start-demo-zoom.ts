import { startSimulator } from '../simulator'
import type { RunningSimulator } from '../simulator'
import type { DemoZoom } from './account-connection'

/** The demo organisation on a running simulator; closing it stops that simulator. */
export function demoZoomOn(sim: RunningSimulator): DemoZoom {
  const host = sim.org.findUser('me')
  return {
    apiBaseUrl: sim.apiBaseUrl,
    oauthUrl: sim.oauthUrl,
    accountId: sim.accountId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    hostEmail: host?.email ?? '',
    close: () => sim.close()
  }
}

/**
 * Demo mode runs the same simulator the tests use, in-process on 127.0.0.1 with a random
 * port, so admins can try everything before they create a Zoom app.
 */
export async function startDemoZoom(): Promise<DemoZoom> {
  // Light latency keeps the demo realistic without making it feel slow.
  return demoZoomOn(await startSimulator({ latencyMs: { meanMs: 25, jitterMs: 15 } }))
}
