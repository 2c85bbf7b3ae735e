/**
 * The identity book's commands on the `headcount` command line: review and alias. They read and
 * write the archive only (no Zoom call), under the same account as the app.
 */
import type { Command } from 'commander'
import { AppFailure } from '../../shared/app-error'
import { parseThreshold } from './cli-arguments'
import {
  aliasCommand,
  reviewCommand,
  type AliasCommandOptions,
  type ReviewCommandOptions
} from './commands/identity-commands'
import type { Dispatch, GlobalOptions } from './program'

const emailShape = /^[^\s@]+@[^\s@]+$/

function usage(message: string, remedy: string): AppFailure {
  return new AppFailure({ code: 'invalid-input', message, remedy })
}

interface ReviewFlags {
  list?: boolean
  accept?: string
  reject?: string
  reason?: string
  threshold?: string
  csv?: string
}

export function parseReviewFlags(flags: ReviewFlags): ReviewCommandOptions {
  const chosen = [flags.accept, flags.reject].filter((k) => k !== undefined)
  if (chosen.length > 1 || (chosen.length === 1 && flags.list)) {
    throw usage('Choose one of --list, --accept KEY or --reject KEY.', 'Run one at a time.')
  }
  if (flags.accept !== undefined)
    return { action: 'accept', key: flags.accept, reason: flags.reason }
  if (flags.reject !== undefined)
    return { action: 'reject', key: flags.reject, reason: flags.reason }
  return {
    action: 'list',
    threshold: flags.threshold === undefined ? undefined : parseThreshold(flags.threshold)
  }
}

export function parseAliasAdd(email: string, alias: string, name?: string): AliasCommandOptions {
  if (!emailShape.test(email.trim())) {
    throw usage(
      `"${email}" is not an email address.`,
      'Give the known person’s email first: headcount alias add ann@example.org "Annie".'
    )
  }
  if (alias.trim() === '') {
    throw usage('The alias is empty.', 'Give the other name or email, e.g. "Annie".')
  }
  return { action: 'add', email: email.trim(), alias: alias.trim(), name }
}

export function addIdentityCommands(
  program: Command,
  globals: (command: Command) => GlobalOptions,
  dispatch: Dispatch
): void {
  program
    .command('review')
    .description('the matches Headcount is unsure about, across the archive (CSV), and answers')
    .option('--list', 'print every open question as CSV (the default)')
    .option('--accept <key>', 'answer "same person" to the question with this key')
    .option('--reject <key>', 'answer "different people" to the question with this key')
    .option('--reason <text>', 'why, kept with the answer')
    .option('--threshold <percent>', 'attendance threshold used while reading meetings')
    .option('--csv <file>', 'write the CSV to this file instead of the screen')
    .action(async (flags: ReviewFlags, command: Command) => {
      const parsed = parseReviewFlags(flags)
      await dispatch(globals(command), flags.csv, {
        kind: 'book',
        run: (context) => reviewCommand(context, parsed)
      })
    })

  const alias = program
    .command('alias')
    .description('names and emails that belong to a known person (the identity book)')
  alias
    .command('add <email> <alias>')
    .description('ALIAS (a name or another email) is the person with EMAIL, in every meeting')
    .option('--name <name>', 'the person’s name, for the alias CSV')
    .action(async (email: string, text: string, flags: { name?: string }, command: Command) => {
      const parsed = parseAliasAdd(email, text, flags.name)
      await dispatch(globals(command), undefined, {
        kind: 'book',
        run: (context) => aliasCommand(context, parsed)
      })
    })
  alias
    .command('import <file>')
    .description('add the aliases of a CSV with Name, Email and Alias columns')
    .action(async (file: string, _flags: unknown, command: Command) => {
      await dispatch(globals(command), undefined, {
        kind: 'book',
        run: (context) => aliasCommand(context, { action: 'import', file })
      })
    })
  alias
    .command('export')
    .description('print the aliases as CSV (Name, Email, Alias)')
    .option('--csv <file>', 'write the CSV to this file instead of the screen')
    .action(async (flags: { csv?: string }, command: Command) => {
      await dispatch(globals(command), flags.csv, {
        kind: 'book',
        run: (context) => aliasCommand(context, { action: 'export' })
      })
    })
}
