/**
 * `headcount review` and `headcount alias`: the identity book from the command line, on the
 * same archive and account as the app (no Zoom call). review --list prints the open questions
 * as CSV; --accept/--reject KEY answers one; alias add/import/export manage aliases.
 */
import { readFile } from 'node:fs/promises'
import { AppFailure } from '../../../shared/app-error'
import type { ReviewItem } from '../../../shared/ipc/contracts/identity-contract'
import { aliasCsvTable } from '../../identity/alias-csv'
import { identityBook } from '../../identity/identity-book'
import { createProgress } from '../progress'
import type { BookContext, CommandResult } from './command-result'

export type ReviewCommandOptions =
  | { action: 'list'; threshold?: number }
  | { action: 'accept' | 'reject'; key: string; reason?: string }

const kindWords: Record<ReviewItem['kind'], string> = {
  'name-only-match': 'Matched by name only',
  'same-name-guest': 'Guest with a known person’s name',
  'weak-name-overlap': 'Same device name at the same time',
  'weak-name-rejoin': 'Same device name, one after the other',
  rename: 'Renamed mid-meeting?',
  'email-domain-change': 'Email changed after the @?'
}

const minutes = (seconds: number | null): number | null =>
  seconds === null ? null : Math.round(seconds / 6) / 10

export async function reviewCommand(
  context: BookContext,
  options: ReviewCommandOptions
): Promise<CommandResult> {
  const book = identityBook(context.archive, context.archiveAccount)
  if (options.action !== 'list') {
    const decision = await book.answer(options.key, options.action, options.reason)
    return { table: null, notes: [], epilogue: [`Saved: ${decision.summary}.`], incomplete: null }
  }
  const progress = createProgress(context.io, 'Collecting review questions')
  try {
    const queue = await book.reviewQueue({
      thresholdPercent: options.threshold,
      signal: context.signal,
      onProgress: (done, total) => progress.update(done, total)
    })
    const side = (item: ReviewItem, i: 0 | 1): string[] => [item.sides[i].name, item.sides[i].email]
    return {
      table: {
        headers: [
          'Question',
          'Applies',
          'Counted As',
          'Name A',
          'Email A',
          'Name B',
          'Email B',
          'Overlap Minutes',
          'Gap Minutes',
          'Meetings',
          'First Meeting',
          'Key'
        ],
        rows: queue.items.map((item) => [
          kindWords[item.kind],
          item.scope === 'everywhere' ? 'Every meeting' : 'This meeting',
          item.merged ? 'One person' : 'Two people',
          ...side(item, 0),
          ...side(item, 1),
          minutes(item.overlapSeconds),
          minutes(item.gapSeconds),
          item.meetings.length,
          `${item.meetings[0]?.topic ?? ''} ${item.meetings[0]?.start ?? ''}`.trim(),
          item.key
        ])
      },
      notes:
        queue.items.length === 0
          ? [`Nothing to review in the ${queue.instances} archived meetings.`]
          : [
              `${queue.items.length} open questions across ${Object.keys(queue.openByMeeting).length} of ${queue.instances} archived meetings. Answer one with: headcount review --accept KEY (or --reject KEY).`
            ],
      incomplete: null
    }
  } finally {
    progress.stop()
  }
}

export type AliasCommandOptions =
  | { action: 'add'; email: string; alias: string; name?: string; reason?: string }
  | { action: 'import'; file: string }
  | { action: 'export' }

export async function aliasCommand(
  context: BookContext,
  options: AliasCommandOptions
): Promise<CommandResult> {
  const book = identityBook(context.archive, context.archiveAccount)
  if (options.action === 'export') {
    return { table: aliasCsvTable(await book.actions()), notes: [], incomplete: null }
  }
  if (options.action === 'add') {
    const decision = await book.addAlias(options)
    return { table: null, notes: [], epilogue: [`Saved: ${decision.summary}.`], incomplete: null }
  }
  let text: string
  try {
    text = await readFile(options.file, 'utf8')
  } catch {
    throw new AppFailure({
      code: 'file',
      message: `The file ${options.file} could not be read.`,
      remedy: 'Check the path and that the file is not open in another program.'
    })
  }
  const result = await book.importAliases(text)
  return {
    table: null,
    notes: result.problems,
    epilogue: [`Added ${result.added} aliases; ${result.unchanged} were already in the book.`],
    incomplete: null
  }
}
