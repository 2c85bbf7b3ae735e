import { createAppCore } from '../../src/main/app/create-app-core'
import type { AppCore } from '../../src/main/app/create-app-core'
import { silentLogger } from '../../src/main/logging/logger'

/** The real app core with recording fakes for the platform, for IPC-level tests. */
export function createTestCore(): {
  core: AppCore
  openedLinks: string[]
  sentEvents: Array<{ channel: string; payload: unknown }>
} {
  const openedLinks: string[] = []
  const sentEvents: Array<{ channel: string; payload: unknown }> = []
  const core = createAppCore({
    identity: {
      name: 'Headcount',
      version: '0.0.0-test',
      shell: 'browser-preview',
      platform: 'linux'
    },
    links: { openExternal: async (url) => void openedLinks.push(url) },
    dialogs: { chooseSaveLocation: async () => null, showInFolder: () => undefined },
    paths: { userData: '/nonexistent', logs: '/nonexistent', cache: '/nonexistent' },
    logger: silentLogger,
    sendEvent: (channel, payload) => sentEvents.push({ channel, payload })
  })
  return { core, openedLinks, sentEvents }
}
