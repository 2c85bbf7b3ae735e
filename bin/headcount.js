#!/usr/bin/env node
// Launcher for the `headcount` command: runs the built CLI in out/cli, which `npm install` makes
// (the "prepare" script) and `npm run build` refreshes. `npm run cli` runs the sources instead.
import { existsSync } from 'node:fs'

const built = new URL('../out/cli/index.js', import.meta.url)

if (!existsSync(built)) {
  process.stderr.write(
    'The headcount command has not been built yet. Run "npm run build:cli" in the Headcount folder, then try again.\n'
  )
  process.exit(1)
}
await import(built.href)
