/** The `person` and `programme` commands of the command line (archive only, offline). */
import type { Command } from 'commander'
import { AppFailure } from '../../shared/app-error'
import { parseThreshold, parseTimeZone } from './cli-arguments'
import {
  personCommand,
  programmeCommand,
  type PeopleContext,
  type ProgrammeChoice
} from './commands/people-commands'
import type { CommandResult } from './commands/command-result'
import type { CliCommand } from './program'

export type PeopleRun = (context: PeopleContext) => Promise<CommandResult>

interface ProgrammeFlags {
  series?: string
  topic?: string
  minSessions?: string
  minPercent?: string
  distinct?: boolean
  tz: string
  csv?: string
}

const usage = (message: string, remedy: string): AppFailure =>
  new AppFailure({ code: 'invalid-input', message, remedy })

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw usage(
      `${flag} must be a whole number from ${min} to ${max}.`,
      `For example ${flag} ${min}.`
    )
  }
  return n
}

export function addPeopleCommands(
  program: Command,
  run: (command: Command, csv: string | undefined, cli: CliCommand) => Promise<void>
): void {
  program
    .command('person')
    .description('every archived session of one person (email, or the start of their name)')
    .argument('<email-or-name>', 'their email address, or the start of their name')
    .option('--threshold <percent>', 'attended at or above this percent of the meeting', '75')
    .option('--tz <zone>', 'show times in this time zone, e.g. Europe/Paris', 'UTC')
    .option('--csv <file>', 'save to this file instead of printing')
    .action(
      async (
        text: string,
        options: { threshold: string; tz: string; csv?: string },
        command: Command
      ) => {
        const person = text.trim()
        if (person === '') throw usage('Say whose history to show.', 'Give an email or a name.')
        const threshold = parseThreshold(options.threshold)
        const timeZone = parseTimeZone(options.tz)
        await run(command, options.csv, {
          kind: 'people',
          run: (context) => personCommand(context, { person, threshold, timeZone })
        })
      }
    )

  program
    .command('programme')
    .description('who completed a programme: a saved one by name, a series, or a topic')
    .argument('[name]', 'the name of a programme saved in the app')
    .option('--series <meeting-id>', 'every session of this recurring meeting')
    .option('--topic <text>', 'every meeting whose topic contains this text')
    .option('--min-sessions <n>', 'sessions needed (default 1, or the saved rule)')
    .option('--min-percent <p>', 'attendance percent each session needs (default 75)')
    .option('--distinct', "count the programme's distinct sessions (a course), not every visit")
    .option('--tz <zone>', 'show times in this time zone, e.g. Europe/Paris', 'UTC')
    .option('--csv <file>', 'save to this file instead of printing')
    .action(async (name: string | undefined, options: ProgrammeFlags, command: Command) => {
      const choice = programmeChoice(name, options)
      const parsed = {
        choice,
        minSessions:
          options.minSessions === undefined
            ? undefined
            : wholeNumber(options.minSessions, '--min-sessions', 1, 1000),
        minPercent:
          options.minPercent === undefined
            ? undefined
            : wholeNumber(options.minPercent, '--min-percent', 0, 100),
        distinct: options.distinct,
        timeZone: parseTimeZone(options.tz)
      }
      await run(command, options.csv, {
        kind: 'people',
        run: (context) => programmeCommand(context, parsed)
      })
    })
}

function programmeChoice(name: string | undefined, flags: ProgrammeFlags): ProgrammeChoice {
  const given = [name, flags.series, flags.topic].filter((v) => v !== undefined && v.trim() !== '')
  if (given.length !== 1) {
    throw usage(
      'Name one programme: a saved name, --series ID or --topic TEXT.',
      'For example: headcount programme --topic Onboarding.'
    )
  }
  if (flags.series !== undefined) {
    const meetingId = flags.series.replace(/\s+/g, '')
    if (!/^\d{9,12}$/.test(meetingId)) {
      throw usage(
        `"${flags.series}" is not a meeting ID.`,
        'Use the numeric meeting ID, such as 85212345678.'
      )
    }
    return { kind: 'series', meetingId }
  }
  if (flags.topic !== undefined) return { kind: 'topic', topic: flags.topic.trim() }
  return { kind: 'saved', name: name!.trim() }
}
