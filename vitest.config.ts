import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/forbid-electron.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // electron-store imports electron itself; processing it through Vite lets the guard in
    // forbid-electron.ts (or a test's fake) stand in for the real module there too.
    server: { deps: { inline: ['electron-store'] } }
  }
})
