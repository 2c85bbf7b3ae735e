import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, _electron } from '@playwright/test'
import type { Page } from '@playwright/test'
import { startPreview } from '../../../src/main/preview/start-preview'

const root = join(import.meta.dirname, '../../..')

export interface AppHarness {
  page: Page
  target: 'browser-preview' | 'electron'
  /** Where this run keeps settings, logs and (in the preview) exported files. */
  dataDir: string
  exportDir: string
}

/**
 * Each test gets the app with its own fresh data folder: the browser preview in Chromium, or
 * the real Electron app when the project says so.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const metadata = testInfo.project.metadata as { target: string; electronBinary?: string }
    const dataDir = mkdtempSync(join(tmpdir(), 'headcount-e2e-'))
    if (metadata.target === 'electron' && metadata.electronBinary) {
      const electronApp = await _electron.launch({
        executablePath: metadata.electronBinary,
        args: [join(root, 'out/main/index.js')],
        env: { ...process.env, HEADCOUNT_USER_DATA: dataDir }
      })
      const window = await electronApp.firstWindow()
      await use({ page: window, target: 'electron', dataDir, exportDir: join(dataDir, 'exports') })
      await electronApp.close()
      return
    }
    const preview = await startPreview({
      dataDir,
      bridgeScriptPath: join(root, 'out/preview/preview-bridge.js'),
      print: () => undefined
    })
    await page.goto(preview.url)
    await use({ page, target: 'browser-preview', dataDir, exportDir: preview.exportDir })
    await preview.close()
  }
})

export { expect } from '@playwright/test'

/** Saves a screenshot for the README (from the browser-preview pass only, so they are stable). */
export async function saveReadmeScreenshot(app: AppHarness, name: string): Promise<void> {
  if (app.target !== 'browser-preview') return
  await app.page.screenshot({ path: join(root, 'docs/screenshots', `${name}.png`) })
}
