// Builds the `headcount` command line into out/cli (`npm run build:cli`; `npm install` runs it
// through "prepare"). Same bundler and the same rule as the main process: packages listed in
// "dependencies" stay imports, everything else (commander, cli-progress) is bundled in, so the CLI
// needs nothing the app does not already carry. The CLI is not part of the installer.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      outDir: resolve(__dirname, 'out/cli'),
      // The CLI runs on the user's Node (package.json "engines"), not on Electron's.
      target: 'node24.11',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/cli/index.ts'),
          'archive-worker': resolve(__dirname, 'src/main/archive/worker/archive-worker.ts')
        }
      }
    }
  }
})
