import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildPreviewBridge } from '../../../src/main/preview/build-preview-bridge'

const root = join(import.meta.dirname, '../../..')

/** The specs run against the built app: build it first (`npm run build`). */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    throw new Error('No build found in out/. Run `npm run build` before the E2E tests.')
  }
  await buildPreviewBridge(join(root, 'out/preview'))
}
