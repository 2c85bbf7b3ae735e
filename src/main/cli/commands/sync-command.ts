/**
 * `headcount sync`: brings the archive up to date with Zoom (see attendance/archiving). The
 * summary goes to stderr; with --stats its last line is
 * `sync instances=<n> heavy_calls=<h> seconds=<s> floor_seconds=<f>`, where the floor is the
 * time Zoom's Heavy rate limit alone would need for those calls.
 */
import { AppFailure } from '../../../shared/app-error'
import { syncArchive, syncSummaryLines } from '../../attendance/archiving'
import type { ZoomPlan } from '../../zoom'
import { planLimits } from '../../zoom/rate-categories'
import { savedRetention } from '../cli-archive'
import { syncWebinars, type WebinarSyncResult } from '../../attendance/webinars/sync-webinars'
import { createProgress } from '../progress'
import type { ArchiveContext, CommandResult } from './command-result'

export interface SyncCommandOptions {
  hosts?: string[]
  from?: string
  to?: string
  stats: boolean
  plan: ZoomPlan
  /** Leave webinars out (they are synced after the meetings by default). */
  meetingsOnly?: boolean
}

export async function syncCommand(
  context: ArchiveContext,
  options: SyncCommandOptions
): Promise<CommandResult> {
  const { archive } = context
  const progress = createProgress(context.io, 'Syncing meetings')
  const clock = context.io.now ?? (() => new Date())
  const started = performance.now()
  let result: Awaited<ReturnType<typeof syncArchive>>
  try {
    result = await syncArchive(context.client, archive, {
      account: context.archiveAccount,
      hosts: options.hosts,
      from: options.from,
      to: options.to,
      signal: context.signal,
      now: clock,
      onProgress: (done, total) => progress.update(done, total, eta(started, done, total))
    })
  } finally {
    progress.stop()
  }
  const seconds = (performance.now() - started) / 1000
  const { summary } = result
  if (summary.cancelled) {
    throw new AppFailure({
      code: 'cancelled',
      message:
        'Stopped before it finished. Everything archived so far is kept; run it again to carry on.'
    })
  }
  const webinars =
    summary.stoppedBy === null && !options.meetingsOnly
      ? await syncWebinarsFor(context, options)
      : null
  if (summary.stoppedBy === null) await archive.prune(savedRetention(context.io), clock())
  const notes: string[] = []
  if (result.clampedFrom !== null) {
    notes.push(
      `Zoom's reports only go back six months, so the sync started there instead of ${result.clampedFrom}.`
    )
  }
  if (webinars) notes.push(...webinars.notes)
  const lines = syncSummaryLines(summary)
  if (webinars && webinars.notes.length === 0) lines.push(webinarLine(webinars))
  if (options.stats) {
    const heavy = context.client.stats().byCategory.Heavy
    const floor = heavy / planLimits[options.plan].Heavy.perWindow
    lines.push(
      `sync instances=${result.fetched} heavy_calls=${heavy} seconds=${seconds.toFixed(2)} floor_seconds=${floor.toFixed(2)}`
    )
  }
  return {
    table: null,
    notes,
    epilogue: lines,
    incomplete: summary.stoppedBy ?? summary.failed[0]?.error ?? null
  }
}

async function syncWebinarsFor(
  context: ArchiveContext,
  options: SyncCommandOptions
): Promise<WebinarSyncResult> {
  const progress = createProgress(context.io, 'Syncing webinars')
  try {
    return await syncWebinars(context.client, context.archive, {
      account: context.archiveAccount,
      hosts: options.hosts,
      fromMs: options.from === undefined ? undefined : Date.parse(`${options.from}T00:00:00Z`),
      toMs:
        options.to === undefined ? undefined : Date.parse(`${options.to}T00:00:00Z`) + 86_400_000,
      signal: context.signal,
      now: context.io.now
    })
  } finally {
    progress.stop()
  }
}

function webinarLine(result: WebinarSyncResult): string {
  const failed =
    result.failed > 0 ? `, ${result.failed} could not be read (tried again next sync)` : ''
  return `Webinar sessions: ${result.newInstances} newly archived, ${result.alreadyArchived} already archived${failed}.`
}

function eta(startedMs: number, done: number, total: number): string {
  if (done === 0 || done >= total) return ''
  const left = ((performance.now() - startedMs) / done) * (total - done)
  return `about ${Math.ceil(left / 1000)} s left`
}
