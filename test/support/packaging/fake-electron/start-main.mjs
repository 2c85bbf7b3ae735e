/* eslint-disable @typescript-eslint/explicit-function-return-type -- plain JavaScript that Node runs directly, without TypeScript */
// Child-process driver: loads a built main bundle against the fake Electron, fires `ready`,
// asks the app:// handler for the UI, and prints one JSON report line for the test.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [mainFile] = process.argv.slice(2)
const failures = []
process.on('uncaughtException', (error) => failures.push(`uncaught: ${error.stack ?? error}`))
process.on('unhandledRejection', (error) => failures.push(`unhandled: ${error?.stack ?? error}`))

async function fetchFromApp(state, url) {
  const handler = state.protocolHandlers.get('app')
  if (!handler) return null
  const response = await handler(new Request(url))
  const body = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body
  }
}

async function waitFor(check, what) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  failures.push(`gave up waiting for ${what}`)
}

try {
  await import(pathToFileURL(mainFile).href)
} catch (error) {
  failures.push(`import failed: ${error.stack ?? error}`)
}
const state = globalThis.__fakeElectron
const callsBeforeReady = state.calls.map((call) => call.name)
state.becomeReady()
// A good start opens a window; a failed one must say why in a dialog and quit.
const quitCalled = () => state.calls.some((call) => call.name === 'app.quit')
await waitFor(() => state.windows.length > 0 || quitCalled(), 'a window or a quit after ready')
// Any late rejection from the start-up chain gets a moment to surface.
await new Promise((resolve) => setTimeout(resolve, 50))
// A started app opens its archive in the worker (out/main/archive-worker.js) in the background.
const archiveFile = join(state.userDataDir, 'headcount.sqlite')
const isSqlite = () =>
  existsSync(archiveFile) &&
  readFileSync(archiveFile).subarray(0, 15).toString() === 'SQLite format 3'
if (state.windows.length > 0) await waitFor(isSqlite, 'the archive to be opened by its worker')

const index = await fetchFromApp(state, 'app://headcount/index.html')
const script = index?.body.match(/<script[^>]+src="([^"]+)"/)?.[1]
const scriptResponse = script
  ? await fetchFromApp(state, new URL(script, 'app://headcount/').href)
  : null
const outside = await fetchFromApp(state, 'app://headcount/../../package.json')

const report = {
  callsBeforeReady,
  privilegedSchemes: state.privilegedSchemes,
  protocolSchemes: [...state.protocolHandlers.keys()],
  ipcChannels: state.ipcChannels,
  windows: state.windows.map((entry) => ({
    webPreferences: entry.options.webPreferences,
    loadedUrl: entry.loadedUrl
  })),
  index: index && { ...index, body: index.body.slice(0, 2000) },
  script: scriptResponse && {
    status: scriptResponse.status,
    contentType: scriptResponse.contentType
  },
  outsideStatus: outside?.status ?? null,
  errorBoxes: state.calls
    .filter((call) => call.name === 'dialog.showErrorBox')
    .map((call) => ({ title: call.args[0], content: call.args[1] })),
  quit: quitCalled(),
  archiveOpened: isSqlite(),
  failures
}
process.stdout.write(`FAKE_ELECTRON_REPORT ${JSON.stringify(report)}\n`)
process.exit(0)
