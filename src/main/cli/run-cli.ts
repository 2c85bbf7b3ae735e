import { CommanderError } from 'commander'
import { AppFailure, type AppError } from '../../shared/app-error'
import { openArchive } from '../archive'
import { toAppError } from '../attendance/fetch'
import { archiveAccountFor, archiveFileFor, openCliArchive } from './cli-archive'
import type { CliIo } from './cli-io'
import { openLogging, openSession } from './cli-session'
import type { CommandResult } from './commands/command-result'
import { errorLine, exitCodeFor, exitCodes } from './exit-codes'
import { deliverCsv, writeNotes } from './output'
import { buildProgram, type CliCommand, type GlobalOptions } from './program'
import type { PeopleRun } from './people-program'
import { syncArchive } from '../attendance/archiving'
import { silentLogger, type Logger } from '../logging/logger'
import type { ZoomClient } from '../zoom'

const stopped: AppError = { code: 'cancelled', message: 'Stopped before it finished.' }

/** Runs one `headcount …` command line and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.ok
  const program = buildProgram(io, async (global, csvPath, command) => {
    exitCode = await execute(global, csvPath, command, io)
  })
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation())
    return exitCodes.usage
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io)
    return report(error, io)
  }
  return exitCode
}

async function execute(
  global: GlobalOptions,
  csvPath: string | undefined,
  command: CliCommand,
  io: CliIo
): Promise<number> {
  const opened: { close(): Promise<void> }[] = []
  let logger: Logger = silentLogger
  try {
    const { result, notes } = await runCommand(global, command, io, (resource, log) => {
      opened.push(resource)
      logger = log ?? logger
    })
    if (io.signal?.aborted) throw new AppFailure(stopped)
    if (result.table) await deliverCsv(result.table, csvPath, io)
    writeNotes([...notes, ...result.notes], io)
    for (const line of result.epilogue ?? []) io.stderr.write(`${line}\n`)
    if (result.incomplete) {
      logger.warn('Export is incomplete', { error: result.incomplete })
      return exitCodeFor(result.incomplete)
    }
    return exitCodes.ok
  } catch (error) {
    logger.error('Command failed', { error: toAppError(error), raw: error })
    return report(error, io)
  } finally {
    for (const resource of opened.reverse()) await resource.close().catch(() => undefined)
  }
}

/**
 * Opens what the command needs (the Zoom session, the archive, or with --offline the archive
 * alone) and runs it. Everything opened is handed to `keep`, so it is closed whatever happens.
 */
async function runCommand(
  global: GlobalOptions,
  command: CliCommand,
  io: CliIo,
  keep: (resource: { close(): Promise<void> }, logger?: Logger) => void
): Promise<{ result: CommandResult; notes: string[] }> {
  const base = { io, signal: io.signal }
  if (command.kind === 'zoom') {
    const session = await openSession(global, io)
    keep(session, session.logger)
    return {
      result: await command.run({ ...base, client: session.client, logger: session.logger }),
      notes: []
    }
  }
  if (command.kind === 'archive') {
    const archiveAccount = archiveAccountFor(io, global.demo)
    const session = await openSession(global, io)
    keep(session, session.logger)
    const archive = await openArchive(archiveFileFor(io, global.archive))
    keep(archive)
    const run = { ...base, client: session.client, logger: session.logger }
    return {
      result: await command.run({ ...run, archive, archiveAccount }),
      notes: archive.notices.map((notice) => notice.message)
    }
  }
  if (command.kind === 'book') {
    const archiveAccount = archiveAccountFor(io, global.demo)
    const logging = openLogging(io)
    keep(logging, logging.logger)
    const archive = await openArchive(archiveFileFor(io, global.archive))
    keep(archive)
    return {
      result: await command.run({ ...base, logger: logging.logger, archive, archiveAccount }),
      notes: archive.notices.map((notice) => notice.message)
    }
  }
  if (command.kind === 'people') return runPeople(global, command.run, io, keep)
  let client: ZoomClient | null = null
  let logger: Logger
  if (command.offline) {
    const logging = openLogging(io)
    keep(logging, logging.logger)
    logger = logging.logger
  } else {
    const session = await openSession(global, io)
    keep(session, session.logger)
    client = session.client
    logger = session.logger
  }
  const { archive, notes } = await openCliArchive({
    file: archiveFileFor(io, global.archive),
    account: archiveAccountFor(io, global.demo),
    offline: command.offline,
    logger
  })
  if (archive) keep(archive)
  const result = await command.run({ ...base, client, logger, archive: archive?.shelf })
  return { result, notes: [...(archive?.notices ?? []), ...notes] }
}

/**
 * The archive alone. The demo's archive is filled from the built-in demo first when it holds
 * nothing yet, so `--demo` shows what the app shows after its sync.
 */
async function runPeople(
  global: GlobalOptions,
  run: PeopleRun,
  io: CliIo,
  keep: (resource: { close(): Promise<void> }, logger?: Logger) => void
): Promise<{ result: CommandResult; notes: string[] }> {
  const logging = openLogging(io)
  keep(logging, logging.logger)
  const account = archiveAccountFor(io, global.demo)
  const archive = await openArchive(archiveFileFor(io, global.archive))
  keep(archive)
  const notes = archive.notices.map((notice) => notice.message)
  if (global.demo && (await archive.accountStats(account)).instances === 0) {
    const session = await openSession(global, io)
    keep(session, session.logger)
    await syncArchive(session.client, archive, { account, signal: io.signal, now: io.now })
    notes.push('The demo archive was empty, so the demo organisation was synced into it first.')
  }
  const result = await run({ io, signal: io.signal, archive, account })
  return { result, notes }
}

function report(error: unknown, io: CliIo): number {
  // Anything that is not an AppFailure becomes a generic sentence; its details go to the log only.
  const appError = io.signal?.aborted ? stopped : toAppError(error)
  io.stderr.write(`${errorLine(appError)}\n`)
  return exitCodeFor(appError)
}

const helpCodes = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version'])

function commanderExit(error: CommanderError, io: CliIo): number {
  if (helpCodes.has(error.code)) return exitCodes.ok
  const reason = error.message
    .replace(/^error:\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  const text = reason.charAt(0).toUpperCase() + reason.slice(1)
  io.stderr.write(
    `${/[.!?]$/.test(text) ? text : `${text}.`} Run "headcount --help" to see the commands and their options.\n`
  )
  return exitCodes.usage
}
