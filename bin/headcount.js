#!/usr/bin/env node
// Launcher for the `headcount` command: lets Node run the TypeScript sources through tsx,
// so the CLI works straight from a clone after `npm install` (no build step).
import { register } from 'tsx/esm/api'

register()
await import(new URL('../src/main/cli/index.ts', import.meta.url).href)
