import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, _electron } from '@playwright/test'
import type { Page } from '@playwright/test'
import { demoZoomOn } from '../../../src/main/accounts/start-demo-zoom'
import { startPreview } from '../../../src/main/preview/start-preview'
import { startSimulator } from '../../../src/main/simulator'
import type { RunningSimulator, SimulatorOptions } from '../../../src/main/simulator'

const root = join(import.meta.dirname, '../../..')

export interface AppHarness {
  page: Page
  target: 'browser-preview' | 'electron'
  /** Where this run keeps settings, logs and (in the preview) exported files. */
  dataDir: string
  exportDir: string
  /**
   * A local Zoom that saved accounts talk to in this test (demo mode starts its own unless
   * `demoOnTestZoom`). `zoom.close()` stops it mid-test; closing it again is harmless.
   */
  zoom: RunningSimulator
}

/**
 * Each test gets the app with its own fresh data folder: the browser preview in Chromium, or
 * the real Electron app when the project says so.
 */
export const test = base.extend<{
  app: AppHarness
  zoomOptions: SimulatorOptions
  demoOnTestZoom: boolean
}>({
  /** Extra options for the simulator saved accounts talk to (e.g. fewer scopes): test.use(). */
  zoomOptions: [{}, { option: true }],
  /**
   * The demo uses that same simulator instead of its own, so a test can stop Zoom under the
   * demo with `app.zoom.close()` (browser preview only).
   */
  demoOnTestZoom: [false, { option: true }],
  app: async ({ page, zoomOptions, demoOnTestZoom }, use, testInfo) => {
    const metadata = testInfo.project.metadata as { target: string; electronBinary?: string }
    const dataDir = mkdtempSync(join(tmpdir(), 'headcount-e2e-'))
    const zoom = await startSimulator({ latencyMs: 0, ...zoomOptions })
    const zoomEndpoints = { apiBaseUrl: zoom.apiBaseUrl, oauthUrl: zoom.oauthUrl }
    if (metadata.target === 'electron' && metadata.electronBinary) {
      const electronApp = await _electron.launch({
        executablePath: metadata.electronBinary,
        args: [join(root, 'out/main/index.js')],
        env: {
          ...process.env,
          HEADCOUNT_USER_DATA: dataDir,
          HEADCOUNT_ZOOM_API_BASE_URL: zoom.apiBaseUrl,
          HEADCOUNT_ZOOM_OAUTH_URL: zoom.oauthUrl
        }
      })
      const window = await electronApp.firstWindow()
      await use({
        page: window,
        target: 'electron',
        dataDir,
        exportDir: join(dataDir, 'exports'),
        zoom
      })
      await electronApp.close()
      await zoom.close()
      return
    }
    const preview = await startPreview({
      dataDir,
      bridgeScriptPath: join(root, 'out/preview/preview-bridge.js'),
      print: () => undefined,
      zoomEndpoints,
      // The fixture stops this simulator itself, after the preview.
      startDemo: demoOnTestZoom
        ? async () => ({ ...demoZoomOn(zoom), close: async () => undefined })
        : undefined
    })
    await page.goto(preview.url)
    await use({ page, target: 'browser-preview', dataDir, exportDir: preview.exportDir, zoom })
    await preview.close()
    await zoom.close()
  }
})

export { expect } from '@playwright/test'

/** Saves a screenshot for the README (from the browser-preview pass only, so they are stable). */
export async function saveReadmeScreenshot(
  app: AppHarness,
  name: string,
  options: { fullPage?: boolean } = {}
): Promise<void> {
  if (app.target !== 'browser-preview') return
  await app.page.screenshot({
    path: join(root, 'docs/screenshots', `${name}.png`),
    fullPage: options.fullPage ?? false
  })
}
