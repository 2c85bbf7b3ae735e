import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { projectRoot } from './project-files'

const run = promisify(execFile)
const fakeDir = join(projectRoot, 'test/support/packaging/fake-electron')

/** Runs Node with `electron` resolved to the recording fake, like Electron runs main. */
export async function nodeWithFakeElectron(
  args: string[],
  env: Record<string, string>
): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', join(fakeDir, 'register.mjs'), ...args],
    { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 30_000 }
  )
  return stdout
}

export interface MainStartReport {
  callsBeforeReady: string[]
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolSchemes: string[]
  ipcChannels: string[]
  windows: { webPreferences: Record<string, unknown>; loadedUrl: string | null }[]
  index: { status: number; contentType: string; csp: string | null; body: string } | null
  script: { status: number; contentType: string } | null
  outsideStatus: number | null
  /** Native error dialogs shown (a start-up failure has no window to speak in). */
  errorBoxes: { title: string; content: string }[]
  quit: boolean
  /** headcount.sqlite exists in the data folder and SQLite has written it (by the worker). */
  archiveOpened: boolean
  failures: string[]
}

/** Starts a built main bundle, fires `ready`, and returns what it did. */
export async function startBuiltMain(
  mainFile: string,
  env: Record<string, string>
): Promise<MainStartReport> {
  const stdout = await nodeWithFakeElectron([join(fakeDir, 'start-main.mjs'), mainFile], env)
  const line = stdout.split('\n').find((text) => text.startsWith('FAKE_ELECTRON_REPORT '))
  if (!line) throw new Error(`The built main printed no report. Output:\n${stdout}`)
  return JSON.parse(line.slice('FAKE_ELECTRON_REPORT '.length)) as MainStartReport
}
