import { Command } from 'commander'
import { AppFailure } from '../../shared/app-error'
import type { ZoomPlan } from '../zoom'
import {
  checkDayOrder,
  parseDay,
  parseLayout,
  parseMeetingRef,
  parseMeetingType,
  parsePlan,
  parseThreshold,
  parseTimeZone,
  parseUser,
  parseUserStatus
} from './cli-arguments'
import type { CliIo } from './cli-io'
import { attendanceCommand } from './commands/attendance-command'
import type {
  ArchiveContext,
  BookContext,
  CommandContext,
  CommandResult,
  ReadingContext
} from './commands/command-result'
import { meetingsCommand } from './commands/meetings-command'
import { rollUpCommand } from './commands/rollup-command'
import { syncCommand, type SyncCommandOptions } from './commands/sync-command'
import { usersCommand } from './commands/users-command'
import { addWebinarsCommand } from './webinars-program'
import { defaultThresholdPercent } from '../../shared/attendance/defaults'
import { addIdentityCommands } from './identity-program'
import { addPeopleCommands, type PeopleRun } from './people-program'

export interface GlobalOptions {
  demo: boolean
  plan: ZoomPlan
  /** --archive FILE; else $HEADCOUNT_ARCHIVE or the app's own archive. */
  archive?: string
}

/** A command that talks to Zoom only, or one that reads the archive first (maybe offline). */
export type CliCommand =
  | { kind: 'zoom'; run: (context: CommandContext) => Promise<CommandResult> }
  | { kind: 'reading'; offline: boolean; run: (context: ReadingContext) => Promise<CommandResult> }
  /** Zoom in, the archive out (sync): both must open. */
  | { kind: 'archive'; run: (context: ArchiveContext) => Promise<CommandResult> }
  /** The identity book (review, alias): the archive alone, no Zoom. */
  | { kind: 'book'; run: (context: BookContext) => Promise<CommandResult> }
  /** The archive only, never the network (person, programme). */
  | { kind: 'people'; run: PeopleRun }

/** Runs a validated command: opens the Zoom session and archive, writes the CSV, sets the exit code. */
export type Dispatch = (
  global: GlobalOptions,
  csvPath: string | undefined,
  command: CliCommand
) => Promise<void>

interface RawGlobals {
  demo?: boolean
  plan?: string
  archive?: string
  csv?: string
}

const zoom = (run: (context: CommandContext) => Promise<CommandResult>): CliCommand => ({
  kind: 'zoom',
  run
})

const helpAfter = `
Credentials come from ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (a Server-to-Server
OAuth app in the Zoom App Marketplace). Add --demo to use the built-in demo organisation
instead; "headcount --demo meetings" shows its meetings, their IDs and its host's email.

ZOOM_API_BASE_URL and ZOOM_OAUTH_URL send requests elsewhere than Zoom (default
https://api.zoom.us/v2 and https://zoom.us/oauth/token). To try the same commands against
the local simulator, run "npm run sim": it prints apiBaseUrl, oauthUrl, accountId, clientId
and clientSecret; set ZOOM_API_BASE_URL, ZOOM_OAUTH_URL, ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and
ZOOM_CLIENT_SECRET to those values ("npm run sim -- --help" shows how).

Logs go to ~/.headcount/logs (or $HEADCOUNT_LOG_DIR).

The archive on this computer is the app's own headcount.sqlite in its data folder, or
--archive FILE, or $HEADCOUNT_ARCHIVE. sync keeps every ended meeting in it. attendance and
rollup read it first and keep what they fetch for ended meetings. With --offline they read only
the archive and never use the network (ZOOM_ACCOUNT_ID, or --demo, names whose archive).

Exit codes: 0 done, 1 other problem, 2 wrong command or option, 3 credentials or permissions,
4 meeting or user not found, 5 Zoom rate or daily limit reached.
`

/** The `headcount` command line. Arguments are checked here, before any Zoom call. */
export function buildProgram(io: CliIo, dispatch: Dispatch): Command {
  const program = new Command('headcount')
  program
    .description('Who registered and who actually attended your Zoom meetings, as CSV.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Usage errors are reworded into one sentence by run-cli.
      outputError: () => undefined
    })
    .showSuggestionAfterError(true)
    .option('--demo', 'use the built-in simulated Zoom account (no credentials needed)')
    .option('--plan <plan>', "pace requests to this Zoom plan's limits: free, pro, business", 'pro')
    .option('--archive <file>', 'the archive file to read and keep meetings in')
    .addHelpText('after', helpAfter)

  const globals = (command: Command): GlobalOptions => {
    const raw = command.optsWithGlobals<RawGlobals>()
    return { demo: raw.demo === true, plan: parsePlan(raw.plan ?? 'pro'), archive: raw.archive }
  }

  program
    .command('users')
    .description('list the users of the Zoom account')
    .option('--status <status>', 'active, inactive or pending', 'active')
    .option('--csv <file>', 'save to this file instead of printing')
    .action(async (options: { status: string; csv?: string }, command: Command) => {
      const status = parseUserStatus(options.status)
      await dispatch(
        globals(command),
        options.csv,
        zoom((context) => usersCommand(context, { status }))
      )
    })

  program
    .command('meetings')
    .description("list a host's meetings, or the sessions they held (--type past)")
    .option('--user <email-or-id>', 'the host: email address, Zoom user ID, or "me"', 'me')
    .option(
      '--type <type>',
      "scheduled, upcoming, past (sessions held, from Zoom's reports) or previous_meetings",
      'scheduled'
    )
    .option('--from <yyyy-mm-dd>', 'with --type past: first day (UTC), default 30 days ago')
    .option('--to <yyyy-mm-dd>', 'with --type past: last day (UTC), default today')
    .option('--csv <file>', 'save to this file instead of printing')
    .action(async (options: MeetingsFlags, command: Command) => {
      const parsed = parseMeetingsFlags(options, io.now?.() ?? new Date())
      const demo = globals(command).demo
      await dispatch(
        globals(command),
        options.csv,
        zoom((context) => meetingsCommand(context, { ...parsed, demo }))
      )
    })

  withAttendanceOptions(
    program
      .command('attendance')
      .description('attendance of one session (a meeting ID means its latest session)')
      .argument('<meeting>', 'meeting ID, or the UUID of one session of the meeting')
      .option('--webinar', 'the ID is a webinar ID (a webinar session UUID is found on its own)')
      .option('--count-panelists', 'with webinars: count panelists and the host as attendees')
  ).action(async (meetingText: string, options: AttendanceFlags, command: Command) => {
    const meeting = parseMeetingRef(meetingText)
    const threshold = parseThreshold(options.threshold)
    const timeZone = parseTimeZone(options.tz)
    await dispatch(globals(command), options.csv, {
      kind: 'reading',
      offline: options.offline === true,
      run: (context) =>
        attendanceCommand(context, {
          meeting,
          threshold,
          timeZone,
          webinar: options.webinar === true,
          countPanelists: options.countPanelists === true
        })
    })
  })

  addWebinarsCommand(program, (command) => globals(command), dispatch)

  const rollup = program
    .command('rollup')
    .description("combine many sessions: a host's over a date range, or every session of a meeting")
    .option('--user <email-or-id>', 'the host whose sessions to combine')
    .option('--meeting <id>', 'instead of --user: every past session of this recurring meeting')
    .option('--from <yyyy-mm-dd>', 'first day (UTC)')
    .option('--to <yyyy-mm-dd>', 'last day (UTC)')
    .option('--topic <text>', 'only meetings whose topic contains this text')
    // The window's default too: one row per person.
    .option(
      '--layout <layout>',
      'matrix (a row per person, a column per session) or long (a row per person per session)',
      'matrix'
    )
  withAttendanceOptions(rollup).action(async (options: RollUpFlags, command: Command) => {
    const parsed = parseRollUpFlags(options)
    await dispatch(globals(command), options.csv, {
      kind: 'reading',
      offline: options.offline === true,
      run: (context) => rollUpCommand(context, parsed)
    })
  })

  program
    .command('sync')
    .description(
      'archive every ended meeting not archived yet (back to Zoom’s six months); run it again to carry on'
    )
    .option(
      '--user <email-or-id>',
      'only this host (repeat for more); default every active user',
      collect
    )
    .option('--from <yyyy-mm-dd>', 'first day (UTC); default six months ago')
    .option('--to <yyyy-mm-dd>', 'last day (UTC); default today')
    .option('--stats', 'end with a line of figures: sessions, Heavy calls, seconds, floor')
    .option('--meetings-only', 'leave webinars out')
    .action(async (options: SyncFlags, command: Command) => {
      const global = globals(command)
      const parsed = parseSyncFlags(options, global.plan)
      await dispatch(global, undefined, {
        kind: 'archive',
        run: (context) => syncCommand(context, parsed)
      })
    })

  addIdentityCommands(program, globals, dispatch)
  addPeopleCommands(program, (command, csv, cli) => dispatch(globals(command), csv, cli))

  return program
}

interface AttendanceFlags {
  threshold: string
  tz: string
  csv?: string
  offline?: boolean
  webinar?: boolean
  countPanelists?: boolean
}

interface SyncFlags {
  user?: string[]
  from?: string
  to?: string
  stats?: boolean
  meetingsOnly?: boolean
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

function parseSyncFlags(flags: SyncFlags, plan: ZoomPlan): SyncCommandOptions {
  const from = flags.from === undefined ? undefined : parseDay(flags.from, 'start')
  const to = flags.to === undefined ? undefined : parseDay(flags.to, 'end')
  if (from !== undefined && to !== undefined) checkDayOrder(from, to)
  const hosts = (flags.user ?? []).map(parseUser)
  return {
    ...(hosts.length > 0 ? { hosts } : {}),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    stats: flags.stats === true,
    plan,
    meetingsOnly: flags.meetingsOnly === true
  }
}

/** What the attendance and rollup commands both take: the threshold, the time zone, the file. */
function withAttendanceOptions(command: Command): Command {
  return command
    .option(
      '--threshold <percent>',
      'attended at or above this percent of the meeting',
      String(defaultThresholdPercent)
    )
    .option('--tz <zone>', 'show times in this time zone, e.g. America/New_York', 'UTC')
    .option('--csv <file>', 'save to this file instead of printing')
    .option('--offline', 'read only the archive on this computer; no network')
}

interface MeetingsFlags {
  user: string
  type: string
  from?: string
  to?: string
  csv?: string
}

function parseMeetingsFlags(
  flags: MeetingsFlags,
  now: Date
): Omit<Parameters<typeof meetingsCommand>[1], 'demo'> {
  const user = parseUser(flags.user)
  const type = parseMeetingType(flags.type)
  if (type !== 'past' && (flags.from !== undefined || flags.to !== undefined)) {
    throw new AppFailure({
      code: 'invalid-input',
      message: '--from and --to go with --type past.',
      remedy: 'Add --type past to list the sessions held between those days.'
    })
  }
  const day = (offsetDays: number): string =>
    new Date(now.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10)
  const from = parseDay(flags.from ?? day(30), 'start')
  const to = parseDay(flags.to ?? day(0), 'end')
  checkDayOrder(from, to)
  return { user, type, from, to }
}

interface RollUpFlags {
  user?: string
  meeting?: string
  from?: string
  to?: string
  topic?: string
  layout: string
  threshold: string
  tz: string
  csv?: string
  offline?: boolean
}

function parseRollUpFlags(flags: RollUpFlags): Parameters<typeof rollUpCommand>[1] {
  const layout = parseLayout(flags.layout)
  const threshold = parseThreshold(flags.threshold)
  const timeZone = parseTimeZone(flags.tz)
  const from = flags.from === undefined ? undefined : parseDay(flags.from, 'start')
  const to = flags.to === undefined ? undefined : parseDay(flags.to, 'end')
  if (from !== undefined && to !== undefined) checkDayOrder(from, to)
  const usage = (message: string, remedy: string): AppFailure =>
    new AppFailure({ code: 'invalid-input', message, remedy })
  if ((flags.user === undefined) === (flags.meeting === undefined)) {
    throw usage(
      'The rollup needs either --user or --meeting, not both and not neither.',
      'Use --user EMAIL --from DAY --to DAY for a host, or --meeting ID for a recurring meeting.'
    )
  }
  if (flags.meeting !== undefined) {
    if ((from === undefined) !== (to === undefined)) {
      throw usage('Give both --from and --to, or neither.', 'Add the missing date.')
    }
    const meetingId = parseMeetingRef(flags.meeting)
    if (!/^\d+$/.test(meetingId)) {
      throw usage(
        `"${flags.meeting}" is not a meeting ID.`,
        'Use the numeric meeting ID, such as 85212345678.'
      )
    }
    return {
      selection: { kind: 'recurring', meetingId, from, to },
      layout,
      threshold,
      timeZone
    }
  }
  if (from === undefined || to === undefined) {
    throw usage(
      'The rollup of a host needs --from and --to.',
      'Add dates such as --from 2026-01-01 --to 2026-03-31.'
    )
  }
  const selection = {
    kind: 'topic' as const,
    userId: parseUser(flags.user ?? ''),
    from,
    to,
    topicContains: flags.topic
  }
  return { selection, layout, threshold, timeZone }
}
