/**
 * `headcount` command line: `npm run cli -- <command>` or bin/headcount.js. Ctrl+C stops the
 * run cleanly (exit 1); a second Ctrl+C quits at once.
 */
import { runCli } from './run-cli'

const controller = new AbortController()
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130)
  controller.abort()
})

// `headcount … | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal
})
process.exitCode = code
