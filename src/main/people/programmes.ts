/**
 * Programmes kept in the archive per account, checked against the contract's schema on the
 * way in and out, and their report: the sessions they cover, computed and judged by the rule.
 */
import { randomUUID } from 'node:crypto'
import { AppFailure } from '../../shared/app-error'
import {
  programmeDefinitionSchema,
  type Programme,
  type ProgrammeDefinition
} from '../../shared/ipc/contracts/people-contract'
import type { AccountId, Archive } from '../archive'
import { readOutcomes, type ReadOptions, type SessionSelection } from './archived-outcomes'
import { evaluateProgramme, type ProgrammeResult } from './programme-rule'

export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}

/** The instant after the last moment of a day, for an exclusive end. */
export function dayEndMs(day: string): number {
  return dayStartMs(day) + 86_400_000
}

export function selectionOf(definition: ProgrammeDefinition): SessionSelection {
  const meetings = definition.meetings
  return {
    ...(meetings.kind === 'series' ? { meetingId: meetings.meetingId } : { topic: meetings.topic }),
    hosts: definition.hosts,
    fromMs: definition.from === undefined ? undefined : dayStartMs(definition.from),
    toMs: definition.to === undefined ? undefined : dayEndMs(definition.to)
  }
}

export async function listProgrammes(archive: Archive, account: AccountId): Promise<Programme[]> {
  const stored = await archive.listProgrammes(account)
  const programmes: Programme[] = []
  for (const entry of stored) {
    // One written by a newer version with fields this one doesn't know is left out, not broken.
    const parsed = programmeDefinitionSchema.safeParse(entry.definition)
    if (!parsed.success) continue
    programmes.push({
      ...parsed.data,
      id: entry.id,
      updatedAt: new Date(entry.updatedAtMs).toISOString()
    })
  }
  return programmes
}

export async function saveProgramme(
  archive: Archive,
  account: AccountId,
  definition: ProgrammeDefinition,
  id: string = randomUUID()
): Promise<Programme> {
  const checked = programmeDefinitionSchema.parse(definition)
  await archive.saveProgramme(account, { id, name: checked.name, definition: checked })
  const saved = (await listProgrammes(archive, account)).find((p) => p.id === id)
  if (!saved) throw new Error('The programme was saved but could not be read back.')
  return saved
}

export async function findProgramme(
  archive: Archive,
  account: AccountId,
  id: string
): Promise<Programme> {
  const found = (await listProgrammes(archive, account)).find((p) => p.id === id)
  if (found) return found
  throw new AppFailure({
    code: 'not-found',
    message: 'That programme is no longer saved.',
    remedy: 'Pick another programme, or create it again.'
  })
}

export interface ProgrammeReport extends ProgrammeResult {
  definition: ProgrammeDefinition
}

export async function programmeReport(
  archive: Archive,
  account: AccountId,
  definition: ProgrammeDefinition,
  options: Omit<ReadOptions, 'thresholdPercent'> = {}
): Promise<ProgrammeReport> {
  const read = await readOutcomes(archive, account, selectionOf(definition), {
    ...options,
    thresholdPercent: definition.rule.minPercent
  })
  return { definition, ...evaluateProgramme(read.outcomes, definition.rule, read.sessions) }
}
