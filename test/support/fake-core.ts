import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { createAppCore } from '../../src/main/app/create-app-core'
import type { AppCore } from '../../src/main/app/create-app-core'
import type { DemoZoom } from '../../src/main/accounts/account-connection'
import { silentLogger } from '../../src/main/logging/logger'
import type { Logger } from '../../src/main/logging/logger'
import { createSecretRegistry } from '../../src/main/logging/redact'
import type { SecretRegistry } from '../../src/main/logging/redact'
import { openSettings, unavailableCipher } from '../../src/main/storage'
import type { SecretCipher } from '../../src/main/storage'
import type { ZoomClient, ZoomClientConfig } from '../../src/main/zoom'

/** The real app core on a temporary data folder, with recording fakes for the platform. */
export function createTestCore(
  options: {
    cipher?: SecretCipher
    startDemo?: () => Promise<DemoZoom>
    zoomEndpoints?: { apiBaseUrl: string; oauthUrl: string }
    /** Where the fake save dialog puts files; null means the person cancels. */
    saveDir?: string | null
    /** What the fake open dialog answers; null (the default) means the person cancels. */
    openFile?: () => string | null
    /** Reuse a data folder, e.g. to reopen settings written by an earlier "run". */
    dataDir?: string
    /** Swap the Zoom client factory, e.g. for short timeouts in fault tests. */
    createClient?: (config: ZoomClientConfig) => ZoomClient
    /** A real log and its secret registry, for tests that search the log files. */
    logging?: { logger: Logger; secrets: SecretRegistry }
  } = {}
): {
  core: AppCore
  dataDir: string
  openedLinks: string[]
  sentEvents: Array<{ channel: string; payload: unknown }>
  shownInFolder: string[]
} {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'headcount-core-'))
  const openedLinks: string[] = []
  const sentEvents: Array<{ channel: string; payload: unknown }> = []
  const shownInFolder: string[] = []
  const storage = openSettings({
    dir: dataDir,
    createStore: (storeOptions) => new Conf(storeOptions),
    cipher: options.cipher ?? unavailableCipher,
    logger: options.logging?.logger ?? silentLogger
  })
  const core = createAppCore({
    identity: {
      name: 'Headcount',
      version: '0.0.0-test',
      shell: 'browser-preview',
      platform: 'linux'
    },
    links: { openExternal: async (url) => void openedLinks.push(url) },
    dialogs: {
      chooseSaveLocation: async ({ defaultFileName }) =>
        options.saveDir ? join(options.saveDir, defaultFileName) : null,
      chooseFileToOpen: async () => options.openFile?.() ?? null,
      showInFolder: (path) => {
        shownInFolder.push(path)
        return true
      }
    },
    paths: {
      userData: dataDir,
      logs: join(dataDir, 'logs'),
      cache: join(dataDir, 'cache'),
      archiveFile: join(dataDir, 'headcount.sqlite')
    },
    logger: options.logging?.logger ?? silentLogger,
    secrets: options.logging?.secrets ?? createSecretRegistry(),
    storage,
    startDemo:
      options.startDemo ??
      (async () => {
        throw new Error('Demo mode is not available in this test.')
      }),
    zoomEndpoints: options.zoomEndpoints,
    createClient: options.createClient,
    sendEvent: (channel, payload) => sentEvents.push({ channel, payload })
  })
  return { core, dataDir, openedLinks, sentEvents, shownInFolder }
}
