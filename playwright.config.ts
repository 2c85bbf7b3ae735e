import { defineConfig } from '@playwright/test'
import { chromiumArgs, electronBinaryPath, resolveChromium } from './test/e2e/support/browser'

const chromiumBrowser = resolveChromium()
const electronBinary = electronBinaryPath(import.meta.dirname)

if (!electronBinary && !process.env['HEADCOUNT_E2E_QUIET']) {
  console.log(
    'E2E: the Electron pass is skipped because no Electron binary is installed here (it is downloaded from GitHub on first run, which this machine cannot reach); the same specs run in Chromium against the browser preview.'
  )
}

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    launchOptions: { executablePath: chromiumBrowser.executablePath, args: chromiumArgs },
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 }
  },
  projects: [
    { name: 'browser-preview', metadata: { target: 'browser-preview' } },
    ...(electronBinary
      ? [{ name: 'electron', metadata: { target: 'electron', electronBinary } }]
      : [])
  ]
})
