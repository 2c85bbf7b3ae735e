import { CommanderError } from 'commander'
import { AppFailure, type AppError } from '../../shared/app-error'
import { openArchive, type Archive } from '../archive'
import { toAppError } from '../attendance/fetch'
import { archiveAccountFor, archiveFileFor } from './cli-archive'
import type { CliIo } from './cli-io'
import { openSession, type CliSession } from './cli-session'
import type { CommandContext, CommandResult } from './commands/command-result'
import { errorLine, exitCodeFor, exitCodes } from './exit-codes'
import { deliverCsv, writeNotes } from './output'
import { buildProgram, type GlobalOptions } from './program'

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
  command: (context: CommandContext) => Promise<CommandResult>,
  io: CliIo
): Promise<number> {
  let session: CliSession | null = null
  const opened: { archive?: Promise<Archive> } = {}
  try {
    session = await openSession(global, io)
    const result = await command({
      client: session.client,
      logger: session.logger,
      io,
      signal: io.signal,
      archive: () => (opened.archive ??= openArchive(archiveFileFor(io, global.archive))),
      archiveAccount: archiveAccountFor(io, global.demo)
    })
    if (io.signal?.aborted) throw new AppFailure(stopped)
    if (result.table) await deliverCsv(result.table, csvPath, io)
    writeNotes(result.notes, io)
    for (const line of result.epilogue ?? []) io.stderr.write(`${line}\n`)
    if (result.incomplete) {
      session.logger.warn('Export is incomplete', { error: result.incomplete })
      return exitCodeFor(result.incomplete)
    }
    return exitCodes.ok
  } catch (error) {
    session?.logger.error('Command failed', { error: toAppError(error), raw: error })
    return report(error, io)
  } finally {
    await opened.archive?.then((archive) => archive.close()).catch(() => undefined)
    await session?.close().catch(() => undefined)
  }
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
