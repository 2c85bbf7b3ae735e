import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Two projects: the core and its tests in plain Node, and the window's code in jsdom.
const renderer = 'test/unit/renderer/**/*.test.{ts,tsx}'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: [renderer],
          environment: 'node',
          setupFiles: ['test/support/forbid-electron.ts'],
          pool: 'forks',
          // electron-store imports electron itself; processing it through Vite lets the guard in
          // forbid-electron.ts (or a test's fake) stand in for the real module there too.
          server: { deps: { inline: ['electron-store'] } }
        }
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: [renderer],
          environment: 'jsdom',
          setupFiles: ['test/support/forbid-electron.ts', 'test/unit/renderer/support/setup.ts']
        }
      }
    ]
  }
})
