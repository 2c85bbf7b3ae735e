import { spawn, type ChildProcess } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { readmeShellCommands, type ReadmeCommand } from '../../support/readme-commands'

/**
 * Every command the README shows is run here, as written, so an example can never drift from
 * what the CLI does. README.md is read at test time: rewrite the examples freely. What the test
 * changes, and why:
 * - The CLI talks to the demo (--demo) or to a local simulator that `npm run sim` starts:
 *   `export ZOOM_…=…` takes the values the simulator printed, and also points ZOOM_API_BASE_URL
 *   and ZOOM_OAUTH_URL at it (Zoom itself is not reachable from a test).
 * - Files the examples write (`--csv x`, `> x`) go to a temporary folder.
 * - Dates more than six months back (Zoom's reports end there) are moved forward, keeping the
 *   span, so an example written today keeps running next year.
 * - host@example.org, the usual placeholder, stands for the demo's host.
 * A command the test does not know fails it: add it to `skipped` with the reason, or teach
 * the test to run it.
 */

const root = resolve(import.meta.dirname, '../../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** Not runnable here, each for a stated reason. A prefix of words matches. */
const skipped: Array<{ prefix: string[]; reason: string }> = [
  { prefix: ['npm', 'install'], reason: 'installs packages' },
  { prefix: ['npm', 'ci'], reason: 'installs packages' },
  { prefix: ['npm', 'start'], reason: 'opens the desktop window' },
  { prefix: ['npm', 'test'], reason: 'is the test suite itself' },
  { prefix: ['npm', 'run', 'dist'], reason: 'builds installers' },
  { prefix: ['npm', 'run', 'dist:win'], reason: 'builds installers' },
  { prefix: ['npm', 'run', 'dist:mac'], reason: 'builds installers' },
  { prefix: ['npm', 'run', 'dist:linux'], reason: 'builds installers' },
  { prefix: ['npm', 'run', 'verify:fuses'], reason: 'checks a packaged app' },
  {
    prefix: ['npm', 'run', 'preview:web'],
    reason: 'serves the window until stopped (E2E covers it)'
  },
  { prefix: ['xattr'], reason: 'changes a macOS system setting' },
  { prefix: ['sudo'], reason: 'installs system packages' },
  { prefix: ['chmod'], reason: 'prepares a downloaded installer' }
]

/** Placeholders an example may use for the demo's values. */
const demoHost = 'catalina.maestaspichardo@riverbend-alliance.org'
const placeholders: Record<string, string> = { 'host@example.org': demoHost }

const work = mkdtempSync(join(tmpdir(), 'headcount-readme-'))
const started: ChildProcess[] = []

afterAll(() => {
  // Only the simulator this test started, by its own process group.
  for (const child of started) if (child.pid) process.kill(-child.pid, 'SIGTERM')
  rmSync(work, { recursive: true, force: true })
})

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.every((word, index) => words[index] === word)
}

/** `npm run [-s] NAME -- ARGS` → the script's name and its arguments. */
function npmScript(words: string[]): { name: string; args: string[] } | null {
  if (words[0] !== 'npm' || words[1] !== 'run') return null
  const rest = words.slice(2).filter((word) => word !== '-s' && word !== '--silent')
  const [name, dashes, ...args] = rest
  if (name === undefined) return null
  if (dashes === undefined) return { name, args: [] }
  if (dashes !== '--') return null
  return { name, args }
}

/** What `npm run` prints before a script's own output: "> name@version script" lines. */
const npmBanner = /^\n?(> .*\n)+\n/

const dayMs = 86_400_000
const isDay = (word: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(word)

/** Moves every date forward by whole days when any is older than Zoom's six months. */
function shiftDates(args: string[], now: number): string[] {
  const days = args.filter(isDay).map((day) => Date.parse(`${day}T00:00:00Z`))
  if (days.length === 0) return args
  const earliest = now - 180 * dayMs
  if (Math.min(...days) >= earliest) return args
  const shift = Math.ceil((now - 7 * dayMs - Math.max(...days)) / dayMs) * dayMs
  return args.map((word) =>
    isDay(word)
      ? new Date(Date.parse(`${word}T00:00:00Z`) + shift).toISOString().slice(0, 10)
      : word
  )
}

interface Prepared {
  argv: string[]
  files: string[]
  expects: 'help' | 'csv'
}

/** The CLI's arguments as this test runs them: files in the work folder, dates in range. */
function prepareCliArgs(args: string[]): Prepared {
  const files: string[] = []
  const place = (file: string): string => {
    const path = isAbsolute(file) ? file : join(work, file)
    files.push(path)
    return path
  }
  const argv = shiftDates(args, Date.now()).map((word, index, all) => {
    if (word.startsWith('--csv=')) return `--csv=${place(word.slice(6))}`
    if (all[index - 1] === '--csv') return place(word)
    return placeholders[word] ?? word
  })
  const help = argv.includes('--help') || argv.includes('-h') || argv[0] === 'help'
  return { argv, files, expects: help ? 'help' : 'csv' }
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdoutTo: string | null) {
  return new Promise<Run>((done, fail) => {
    const out = stdoutTo === null ? 'pipe' : openSync(stdoutTo, 'w')
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => {
      if (typeof out === 'number') {
        closeSync(out)
        stdout = readFileSync(stdoutTo!, 'utf8')
      }
      done({ code: code ?? -1, stdout, stderr })
    })
  })
}

interface SimulatorCredentials {
  apiBaseUrl: string
  oauthUrl: string
  accountId: string
  clientId: string
  clientSecret: string
}

/** Starts `npm run …sim…` as written and reads the JSON line it prints (after npm's banner). */
function startSimulator(words: string[], env: NodeJS.ProcessEnv): Promise<SimulatorCredentials> {
  return new Promise((done, fail) => {
    const child = spawn(words[0]!, words.slice(1), {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    started.push(child)
    let text = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk
      for (const line of text.split('\n')) {
        try {
          const value = JSON.parse(line) as SimulatorCredentials
          if (typeof value === 'object' && value?.clientSecret) return done(value)
        } catch {
          // npm's banner lines come first.
        }
      }
    })
    child.on('exit', (code) => fail(new Error(`"${words.join(' ')}" stopped (exit ${code}).`)))
  })
}

/** Pure CSV: the byte-order mark, a header row, and at least one row of data. */
function expectCsv(text: string, where: string): void {
  expect(text.startsWith('\uFEFF'), `${where} should start with the CSV (no npm banner)`).toBe(true)
  const rows = parseCsv(text, { bom: true }) as string[][]
  expect(rows.length, `${where} should hold at least one row of data`).toBeGreaterThan(1)
}

const commands = readmeShellCommands(readme)

describe('every command the README shows', () => {
  it('finds command-line examples to run', () => {
    const cli = commands.filter((c) => npmScript(c.words)?.name === 'cli')
    expect(cli.length).toBeGreaterThan(2)
  })

  it('runs each one as written, with the exit code and output it promises', async () => {
    symlinkSync(join(root, 'bin/headcount.js'), join(work, 'headcount'), 'file')
    // A shell whose `headcount` is this package's bin, as after `npm install -g`.
    const env: NodeJS.ProcessEnv = {
      PATH: `${work}${delimiter}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME,
      // Nothing reaches the developer's own logs, archive or settings.
      HEADCOUNT_LOG_DIR: join(work, 'logs'),
      HEADCOUNT_ARCHIVE: join(work, 'headcount.sqlite'),
      XDG_CONFIG_HOME: join(work, 'config')
    }
    let simulator: SimulatorCredentials | null = null
    const ran: string[] = []
    for (const command of commands as ReadmeCommand[]) {
      const where = `README line ${command.line}: ${command.text}`
      const { words } = command
      if (skipped.some((skip) => startsWith(words, skip.prefix))) continue
      const script = npmScript(words)
      if (script?.name === 'sim' && !script.args.includes('--help')) {
        // Started as written, so its printed credentials are the ones the next exports use.
        simulator = await startSimulator(words, env)
        continue
      }
      if (words[0] === 'export') {
        simulator ??= await startSimulator(['npm', 'run', '-s', 'sim'], env)
        const printed: Record<string, string> = {
          ZOOM_ACCOUNT_ID: simulator.accountId,
          ZOOM_CLIENT_ID: simulator.clientId,
          ZOOM_CLIENT_SECRET: simulator.clientSecret,
          ZOOM_API_BASE_URL: simulator.apiBaseUrl,
          ZOOM_OAUTH_URL: simulator.oauthUrl
        }
        for (const assignment of words.slice(1)) {
          const [name = '', ...value] = assignment.split('=')
          env[name] = printed[name] ?? value.join('=')
        }
        env.ZOOM_API_BASE_URL = simulator.apiBaseUrl
        env.ZOOM_OAUTH_URL = simulator.oauthUrl
        continue
      }
      let launcher: { command: string; before: string[]; args: string[] }
      if (script?.name === 'cli' || script?.name === 'sim') {
        const before = words.slice(
          0,
          words.indexOf('--') === -1 ? words.length : words.indexOf('--') + 1
        )
        launcher = { command: 'npm', before: before.slice(1), args: script.args }
      } else if (words[0] === 'npx' && words[1] === 'headcount') {
        launcher = { command: 'npx', before: ['headcount'], args: words.slice(2) }
      } else if (words[0] === 'headcount') {
        launcher = { command: 'headcount', before: [], args: words.slice(1) }
      } else {
        throw new Error(
          `${where}\nThis test does not know how to run it: teach ` +
            'test/integration/readme/readme-commands.test.ts, or add it to `skipped` with the reason.'
        )
      }
      const prepared = prepareCliArgs(launcher.args)
      const stdoutTo = command.stdoutTo === null ? null : join(work, command.stdoutTo)
      const result = await run(
        launcher.command,
        [...launcher.before, ...prepared.argv],
        env,
        stdoutTo
      )
      ran.push(command.text)
      expect(result.code, `${where}\n${result.stderr}`).toBe(0)
      if (prepared.expects === 'help') {
        expect(result.stdout, where).toMatch(/Usage: /)
        continue
      }
      // Notes about the data and where a file went may reach stderr; nothing else.
      const stray = result.stderr
        .split('\n')
        .filter((l) => l && !/^(Note: |Saved \d+ rows? to )/.test(l))
      expect(stray, where).toEqual([])
      if (prepared.files.length > 0) {
        for (const file of prepared.files) {
          expect(existsSync(file), `${where} should write ${file}`).toBe(true)
          expectCsv(readFileSync(file, 'utf8'), `${where} (${file})`)
        }
      } else if (stdoutTo) {
        expectCsv(result.stdout, `${where} (${stdoutTo})`)
      } else {
        // On screen, npm's own banner lines (without -s) are fine; in a file they are not.
        expectCsv(result.stdout.replace(npmBanner, ''), `${where} (its output)`)
      }
    }
    expect(ran.length).toBeGreaterThan(2)
  }, 240_000)
})
