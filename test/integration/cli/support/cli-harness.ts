import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { MemoryStream } from '../../../../src/main/cli/cli-io'
import { runCli } from '../../../../src/main/cli/run-cli'
import type { RunningSimulator } from '../../../../src/main/simulator'

export const projectRoot = resolve(import.meta.dirname, '../../../..')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

const madeDirs: string[] = []

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `headcount-${prefix}-`))
  madeDirs.push(dir)
  return dir
}

/** For afterAll: removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** The environment a real user would set, pointed at the simulator. */
export function simEnv(sim: RunningSimulator, logDir: string): Record<string, string> {
  return {
    ZOOM_ACCOUNT_ID: sim.accountId,
    ZOOM_CLIENT_ID: sim.clientId,
    ZOOM_CLIENT_SECRET: sim.clientSecret,
    ZOOM_API_BASE_URL: sim.apiBaseUrl,
    ZOOM_OAUTH_URL: sim.oauthUrl,
    HEADCOUNT_LOG_DIR: logDir,
    // Never the developer's own archive.
    HEADCOUNT_ARCHIVE: join(logDir, 'headcount.sqlite')
  }
}

/** Runs the CLI in this process (fast): same code path as the binary, minus process setup. */
export async function runInProcess(
  argv: string[],
  env: Record<string, string | undefined>,
  cwd?: string
): Promise<CliRun> {
  const stdout = new MemoryStream()
  const stderr = new MemoryStream()
  const code = await runCli(argv, { stdout, stderr, env, cwd })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const sourceEntry = ['--import', 'tsx', 'src/main/cli/index.ts']
/** The installed `headcount` launcher (package.json "bin"). */
export const binEntry = ['bin/headcount.js']

/** Runs `node --import tsx src/main/cli/index.ts …` (or `entry`) as a child process. */
export function runChild(
  argv: string[],
  env: Record<string, string | undefined>,
  started?: (child: ChildProcess) => void,
  entry: string[] = sourceEntry
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...entry, ...argv], {
      cwd: projectRoot,
      // Only what the CLI needs: no ZOOM_* leaking in from the developer's shell.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    started?.(child)
  })
}

/** Parses CSV the way a spreadsheet would read it, header row as keys. */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[]
}

export function parseCsvRows(text: string): string[][] {
  return parse(text, { bom: true }) as string[][]
}
