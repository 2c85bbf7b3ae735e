/**
 * `headcount person` and `headcount programme`: read the archive on this computer only, so
 * they work offline. A person or programme that matches nothing exits 4 with one sentence.
 */
import { AppFailure } from '../../../shared/app-error'
import { defaultThresholdPercent } from '../../../shared/attendance/defaults'
import type { ProgrammeDefinition } from '../../../shared/ipc/contracts/people-contract'
import type { Archive } from '../../archive'
import { personCsvTable, programmeCsvTable } from '../../people/people-csv'
import { personHistory, type PersonRef } from '../../people/person-history'
import { listProgrammes, programmeReport } from '../../people/programmes'
import { createProgress } from '../progress'
import type { CommandResult } from './command-result'
import type { CliIo } from '../cli-io'

/** What the people commands use: the whole archive and the account whose part they read. */
export interface PeopleContext {
  io: CliIo
  signal?: AbortSignal
  archive: Archive
  account: string
}

const notFound = (message: string): AppFailure => new AppFailure({ code: 'not-found', message })

/** An email, else the name of someone found by search (exactly one person must match). */
async function resolvePerson(context: PeopleContext, text: string): Promise<PersonRef> {
  if (text.includes('@')) return { email: text }
  const matches = await context.archive.searchPeople(context.account, text, 50)
  const names = await context.archive.personNames(context.account, matches)
  const people = new Map<string, PersonRef>()
  matches.forEach((m, i) => {
    people.set(m.email || names[i], m.email ? { email: m.email } : { name: names[i] })
  })
  if (people.size === 1) return [...people.values()][0]
  if (people.size === 0) {
    throw notFound(
      `Nobody whose name or email starts with "${text}" is in the archive on this computer.`
    )
  }
  throw new AppFailure({
    code: 'invalid-input',
    message: `${people.size} people match "${text}": ${[...people.keys()].slice(0, 5).join(', ')}${people.size > 5 ? ', …' : ''}.`,
    remedy: 'Give their email address instead.'
  })
}

export async function personCommand(
  context: PeopleContext,
  options: { person: string; threshold?: number; timeZone?: string }
): Promise<CommandResult> {
  const ref = await resolvePerson(context, options.person)
  const history = await personHistory(
    context.archive,
    context.account,
    ref,
    options.threshold ?? defaultThresholdPercent
  )
  if (!history) {
    throw notFound(
      `Nobody with the email ${'email' in ref ? ref.email : ref.name} is in the archive on this computer.`
    )
  }
  return {
    table: personCsvTable(history, options.timeZone),
    notes: [
      `${history.name || history.email}: attended ${history.sessionsAttended} of ${history.sessions.length} sessions, registered but absent ${history.registeredAbsent}.`
    ],
    incomplete: null
  }
}

export type ProgrammeChoice =
  | { kind: 'saved'; name: string }
  | { kind: 'series'; meetingId: string }
  | { kind: 'topic'; topic: string }

export async function programmeCommand(
  context: PeopleContext,
  options: {
    choice: ProgrammeChoice
    minSessions?: number
    minPercent?: number
    distinct?: boolean
    timeZone?: string
  }
): Promise<CommandResult> {
  const definition = await definitionFor(context, options)
  const progress = createProgress(context.io, 'Reading sessions')
  let report: Awaited<ReturnType<typeof programmeReport>>
  try {
    report = await programmeReport(context.archive, context.account, definition, {
      signal: context.signal,
      onProgress: (done, total) => progress.update(done, total)
    })
  } finally {
    progress.stop()
  }
  if (report.instances === 0) {
    throw notFound(`No archived session belongs to the programme "${definition.name}".`)
  }
  const c = report.counts
  return {
    table: programmeCsvTable(report.people, options.timeZone),
    notes: [
      `${definition.name}: ${c.Completed} completed, ${c['In progress']} in progress, ${c['Attended only below the threshold']} only below ${definition.rule.minPercent}%, ${c['Registered but never attended']} registered but never attended, over ${report.instances} sessions.`
    ],
    incomplete: null
  }
}

async function definitionFor(
  context: PeopleContext,
  options: Parameters<typeof programmeCommand>[1]
): Promise<ProgrammeDefinition> {
  const { choice } = options
  let base: ProgrammeDefinition
  if (choice.kind === 'saved') {
    const wanted = choice.name.trim().toLowerCase()
    const saved = (await listProgrammes(context.archive, context.account)).find(
      (p) => p.name.trim().toLowerCase() === wanted
    )
    if (!saved)
      throw notFound(
        `No programme called "${choice.name}" is saved in the archive on this computer.`
      )
    base = saved
  } else {
    base = {
      name: choice.kind === 'series' ? `Meeting ${choice.meetingId}` : choice.topic,
      meetings:
        choice.kind === 'series'
          ? { kind: 'series', meetingId: choice.meetingId }
          : { kind: 'topic', topic: choice.topic },
      // Without options: the onboarding preset, any 1 session at ≥ 75%.
      rule: { kind: 'sessions', minSessions: 1, minPercent: defaultThresholdPercent }
    }
  }
  const rule = {
    kind:
      options.distinct === undefined
        ? base.rule.kind
        : options.distinct
          ? ('distinct' as const)
          : ('sessions' as const),
    minSessions: options.minSessions ?? base.rule.minSessions,
    minPercent: options.minPercent ?? base.rule.minPercent
  }
  return { ...base, rule }
}
