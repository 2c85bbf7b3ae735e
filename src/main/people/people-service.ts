/**
 * The People and Programmes screens' use-cases: everything read from the archive on this
 * computer for the account in use, so they work offline and cover meetings Zoom has forgotten.
 */
import { AppFailure } from '../../shared/app-error'
import { defaultThresholdPercent } from '../../shared/attendance/defaults'
import type { ExportOutcome } from '../../shared/ipc/contracts/common'
import type {
  PeopleListView,
  PersonRefInput,
  PersonView,
  Programme,
  ProgrammeDefinition,
  ProgrammeView,
  SessionFilterInput
} from '../../shared/ipc/contracts/people-contract'
import type { Archive } from '../archive'
import type { CsvExports } from '../exports/csv-exports'
import { exportFileName } from '../exports/csv-exports'
import type { JobRegistry } from '../jobs/job-registry'
import { readOutcomes } from './archived-outcomes'
import { peopleListCsvTable, personCsvTable, programmeCsvTable } from './people-csv'
import { peopleList, type PeopleListRow } from './people-list'
import { personHistory, type PersonHistory } from './person-history'
import {
  dayEndMs,
  dayStartMs,
  findProgramme,
  listProgrammes,
  programmeReport,
  saveProgramme,
  type ProgrammeReport
} from './programmes'

export interface PeopleServiceDeps {
  archive: () => Promise<Archive>
  /** The archive account of the Zoom account in use; null when none is. */
  currentAccount: () => string | null
  jobs: JobRegistry
  exports: CsvExports
}

type ProgrammeTarget = { id: string } | { definition: ProgrammeDefinition }

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString())
const today = (): string => new Date().toISOString().slice(0, 10)

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- PeopleService is this return type
export function createPeopleService(deps: PeopleServiceDeps) {
  async function opened(): Promise<{ archive: Archive; account: string }> {
    const account = deps.currentAccount()
    if (account === null) {
      throw new AppFailure({
        code: 'invalid-input',
        message: 'Choose a Zoom account first.',
        remedy: 'Connect an account on the Accounts screen, or start the demo.'
      })
    }
    return { archive: await deps.archive(), account }
  }

  async function history(person: PersonRefInput, threshold?: number): Promise<PersonHistory> {
    const { archive, account } = await opened()
    const found = await personHistory(
      archive,
      account,
      person,
      threshold ?? defaultThresholdPercent
    )
    if (found) return found
    throw new AppFailure({
      code: 'not-found',
      message: 'This person is not in the archive on this computer.',
      remedy: 'Sync the archive on the Archive screen, then search again.'
    })
  }

  async function listRows(
    filter: SessionFilterInput,
    notSeenSince: string | undefined,
    threshold: number | undefined,
    signal: AbortSignal,
    progress: (done: number, total: number) => void
  ): Promise<{ sessions: number; rows: PeopleListRow[] }> {
    const { archive, account } = await opened()
    const read = await readOutcomes(
      archive,
      account,
      {
        hosts: filter.hosts,
        topic: filter.topic,
        fromMs: filter.from === undefined ? undefined : dayStartMs(filter.from),
        toMs: filter.to === undefined ? undefined : dayEndMs(filter.to)
      },
      { thresholdPercent: threshold ?? defaultThresholdPercent, signal, onProgress: progress }
    )
    const since = notSeenSince === undefined ? undefined : dayStartMs(notSeenSince)
    return { sessions: read.sessions.length, rows: peopleList(read.outcomes, since) }
  }

  async function report(
    target: ProgrammeTarget,
    signal: AbortSignal,
    progress: (done: number, total: number) => void
  ): Promise<ProgrammeReport> {
    const { archive, account } = await opened()
    const definition =
      'id' in target ? await findProgramme(archive, account, target.id) : target.definition
    return programmeReport(archive, account, stripSaved(definition), {
      signal,
      onProgress: progress
    })
  }

  return {
    async search(text: string): Promise<{ name: string; email: string }[]> {
      const { archive, account } = await opened()
      const matches = await archive.searchPeople(account, text, 50)
      const names = await archive.personNames(account, matches)
      return matches.map((m, i) => ({ name: names[i], email: m.email }))
    },

    async person(person: PersonRefInput, threshold?: number): Promise<PersonView> {
      return personView(await history(person, threshold))
    },

    async exportPerson(
      person: PersonRefInput,
      threshold: number | undefined,
      timeZone: string | null
    ): Promise<ExportOutcome> {
      const found = await history(person, threshold)
      return deps.exports.save(
        exportFileName(found.name || found.email, today(), 'attendance history'),
        personCsvTable(found, timeZone)
      )
    },

    list(input: {
      filter: SessionFilterInput
      notSeenSince?: string
      thresholdPercent?: number
      jobId?: string
    }): Promise<PeopleListView> {
      return deps.jobs.run(
        'Reading people',
        input.jobId,
        async (job) => {
          const { sessions, rows } = await listRows(
            input.filter,
            input.notSeenSince,
            input.thresholdPercent,
            job.signal,
            (d, t) => job.progress(d, t)
          )
          return {
            sessions,
            people: rows.map((r) => ({
              name: r.name,
              email: r.email,
              sessionsAttended: r.sessionsAttended,
              minutes: r.minutes,
              registeredAbsent: r.registeredAbsent,
              firstSeen: iso(r.firstSeenMs),
              lastSeen: iso(r.lastSeenMs)
            }))
          }
        },
        { account: deps.currentAccount() ?? undefined }
      )
    },

    exportList(input: {
      filter: SessionFilterInput
      notSeenSince?: string
      thresholdPercent?: number
      timeZone: string | null
      jobId?: string
    }): Promise<ExportOutcome> {
      return deps.jobs.run(
        'Exporting people',
        input.jobId,
        async (job) => {
          const { rows } = await listRows(
            input.filter,
            input.notSeenSince,
            input.thresholdPercent,
            job.signal,
            (d, t) => job.progress(d, t)
          )
          return deps.exports.save(
            exportFileName(input.filter.topic || 'People', today(), 'people'),
            peopleListCsvTable(rows, input.timeZone),
            { signal: job.signal }
          )
        },
        { account: deps.currentAccount() ?? undefined }
      )
    },

    async programmes(): Promise<Programme[]> {
      const { archive, account } = await opened()
      return listProgrammes(archive, account)
    },

    async saveProgramme(input: {
      id?: string
      definition: ProgrammeDefinition
    }): Promise<Programme> {
      const { archive, account } = await opened()
      return saveProgramme(archive, account, input.definition, input.id)
    },

    async deleteProgramme(id: string): Promise<boolean> {
      const { archive, account } = await opened()
      return archive.deleteProgramme(account, id)
    },

    report(input: { target: ProgrammeTarget; jobId?: string }): Promise<ProgrammeView> {
      return deps.jobs.run(
        'Reading a programme',
        input.jobId,
        async (job) =>
          programmeView(await report(input.target, job.signal, (d, t) => job.progress(d, t))),
        { account: deps.currentAccount() ?? undefined }
      )
    },

    exportProgramme(input: {
      target: ProgrammeTarget
      timeZone: string | null
      jobId?: string
    }): Promise<ExportOutcome> {
      return deps.jobs.run(
        'Exporting a programme',
        input.jobId,
        async (job) => {
          const result = await report(input.target, job.signal, (d, t) => job.progress(d, t))
          return deps.exports.save(
            exportFileName(result.definition.name, today(), 'programme'),
            programmeCsvTable(result.people, input.timeZone),
            { signal: job.signal }
          )
        },
        { account: deps.currentAccount() ?? undefined }
      )
    }
  }
}

export type PeopleService = ReturnType<typeof createPeopleService>

function stripSaved(
  programme: ProgrammeDefinition & { id?: string; updatedAt?: string }
): ProgrammeDefinition {
  const { id: _id, updatedAt: _updated, ...definition } = programme
  return definition
}

function personView(history: PersonHistory): PersonView {
  return {
    name: history.name,
    email: history.email,
    sessions: history.sessions.map((s) => ({
      uuid: s.session.uuid,
      meetingId: s.session.meetingId,
      topic: s.session.topic,
      start: iso(s.session.startMs),
      goneFromZoomSince: iso(s.session.goneSinceMs),
      registered: s.registered,
      status: s.status,
      minutes: s.minutes,
      percent: s.percent,
      rule: s.rule
    })),
    firstAttended: iso(history.firstAttendedMs),
    lastAttended: iso(history.lastAttendedMs),
    sessionsAttended: history.sessionsAttended,
    sessionsRegistered: history.sessionsRegistered,
    registeredAbsent: history.registeredAbsent,
    minutes: history.minutes
  }
}

function programmeView(report: ProgrammeReport): ProgrammeView {
  return {
    programme: report.definition,
    distinctSessions: report.distinctSessions,
    instances: report.instances,
    counts: report.counts,
    completionsByMonth: report.completionsByMonth,
    people: report.people.map((p) => ({
      name: p.name,
      email: p.email,
      status: p.status,
      completedOn: iso(p.completedOnMs),
      qualifying: p.qualifying,
      needed: p.needed,
      sessionsAttended: p.sessionsAttended,
      sessionsRegistered: p.sessionsRegistered,
      minutes: p.minutes,
      lastSeen: iso(p.lastSeenMs)
    }))
  }
}
