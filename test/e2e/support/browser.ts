import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

/** Flags that keep Chromium from reaching for a network this machine does not have. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

const debianChromium = '/usr/bin/chromium'

/** Playwright's own Chromium if it was downloaded, otherwise Debian's. */
export function resolveChromium(): { executablePath: string | undefined; source: string } {
  let bundled: string | null
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = null
  }
  if (bundled && existsSync(bundled))
    return { executablePath: undefined, source: 'Playwright’s Chromium' }
  if (existsSync(debianChromium)) return { executablePath: debianChromium, source: debianChromium }
  throw new Error(
    'No Chromium found for the E2E tests. Install it with `apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, then run the tests again.'
  )
}

/** True only when electron's binary is already on disk: requiring electron would try to download it. */
export function electronBinaryPath(root: string): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
