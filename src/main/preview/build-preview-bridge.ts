import { join } from 'node:path'
import { build } from 'vite'

/** Bundles browser-bridge.ts into one script the preview server injects into the page. */
export async function buildPreviewBridge(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(import.meta.dirname, 'browser-bridge.ts'),
        formats: ['iife'],
        name: 'HeadcountPreviewBridge',
        fileName: () => 'preview-bridge.js'
      }
    }
  })
  return join(outDir, 'preview-bridge.js')
}
