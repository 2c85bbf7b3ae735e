import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { startDemoZoom } from '../accounts/start-demo-zoom'
import { createAppCore } from '../app/create-app-core'
import type { AppCore } from '../app/create-app-core'
import type { DemoZoom } from '../accounts/account-connection'
import { createFileLogger } from '../logging/file-logger'
import { createSecretRegistry } from '../logging/redact'
import { openSettings, unavailableCipher } from '../storage'
import { folderDialogs, nodePaths, printingLinks } from './node-platform'
import { startPreviewServer } from './preview-server'
import type { PreviewServer } from './preview-server'

export interface RunningPreview {
  url: string
  dataDir: string
  exportDir: string
  core: AppCore
  server: PreviewServer
  close(): Promise<void>
}

const projectRoot = join(import.meta.dirname, '../../..')

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** Builds the real main-process core in Node and serves the built renderer against it. */
export async function startPreview(options: {
  port?: number
  dataDir?: string
  rendererDir?: string
  bridgeScriptPath: string
  print?: (line: string) => void
  /** Send saved accounts to a local simulator instead of zoom.us (tests, development). */
  zoomEndpoints?: { apiBaseUrl: string; oauthUrl: string }
  /** Where "Explore with demo data" finds its Zoom (tests that stop it); its own simulator by default. */
  startDemo?: () => Promise<DemoZoom>
  /** Sync the connected saved account at start and every few hours, as the app does. */
  autoSync?: boolean
}): Promise<RunningPreview> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'headcount-preview-'))
  const paths = nodePaths(dataDir)
  const exportDir = join(dataDir, 'exports')
  const secrets = createSecretRegistry()
  const logger = createFileLogger({ directory: paths.logs, secrets })
  // A browser has no OS keychain to lend us, so secrets stay in memory for the preview run.
  const storage = openSettings({
    dir: paths.userData,
    createStore: (storeOptions) => new Conf(storeOptions),
    cipher: unavailableCipher,
    logger
  })
  let server: PreviewServer | null = null
  const core = createAppCore({
    identity: {
      name: 'Headcount',
      version: packageVersion(),
      shell: 'browser-preview',
      platform: process.platform
    },
    links: printingLinks(logger, options.print ?? ((line) => process.stderr.write(`${line}\n`))),
    dialogs: folderDialogs(exportDir),
    paths,
    logger,
    secrets,
    storage,
    startDemo: options.startDemo ?? startDemoZoom,
    zoomEndpoints: options.zoomEndpoints,
    sendEvent: (channel, payload) => server?.sendEvent(channel, payload)
  })
  core.startArchive({ autoSync: options.autoSync ?? true })
  server = await startPreviewServer({
    router: core.router,
    rendererDir: options.rendererDir ?? join(projectRoot, 'out/renderer'),
    bridgeScriptPath: options.bridgeScriptPath,
    port: options.port
  })
  const running = server
  return {
    url: running.url,
    dataDir,
    exportDir,
    core,
    server: running,
    async close() {
      await running.close()
      await core.dispose()
      await logger.close()
    }
  }
}
