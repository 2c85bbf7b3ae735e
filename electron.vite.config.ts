import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { devCspRelaxation } from './scripts/vite-dev-csp'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The archive's worker thread is its own entry; the client finds it beside the bundle.
          'archive-worker': resolve(__dirname, 'src/main/archive/worker/archive-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // The sandbox only runs CommonJS preloads, and it cannot require npm modules,
      // so the preload is bundled into one .cjs file with nothing left external.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // The window imports the contract as @shared/…, never by climbing out of src/renderer.
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
    plugins: [react(), devCspRelaxation()],
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') }
      }
    }
  }
})
