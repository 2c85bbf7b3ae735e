/**
 * The review queue: every open question the engine asks about the archived meetings of one
 * account, with the identity book applied (so an answered question never comes back). A question
 * about a name or an email is one item however many meetings it appears in.
 */
import type { ReviewItem, ReviewQueue } from '../../shared/ipc/contracts/identity-contract'
import type { AccountId, Archive } from '../archive'
import { computeInstanceAttendance, type IdentityDecisions } from '../attendance/engine'
import { iso, reviewCandidate } from '../attendance/use-cases/instance-view'

export interface ReviewQueueOptions {
  thresholdPercent?: number
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

export async function buildReviewQueue(
  archive: Archive,
  account: AccountId,
  decisions: IdentityDecisions,
  options: ReviewQueueOptions = {}
): Promise<ReviewQueue> {
  const summaries = await archive.listInstances({ account })
  const items = new Map<string, ReviewItem>()
  const openByMeeting: Record<string, number> = {}
  let done = 0
  for (const summary of summaries) {
    options.signal?.throwIfAborted()
    const kept = await archive.readInstance(account, summary.uuid)
    done++
    options.onProgress?.(done, summaries.length)
    if (kept === null) continue
    const result = computeInstanceAttendance({
      meeting: kept.detail,
      participants: kept.participants,
      registrants: kept.registrants,
      source: kept.source,
      thresholdPercent: options.thresholdPercent,
      decisions
    })
    if (result.reviewCandidates.length === 0) continue
    openByMeeting[summary.uuid] = result.reviewCandidates.length
    const meeting = { uuid: summary.uuid, topic: summary.topic, start: iso(summary.startMs) }
    for (const candidate of result.reviewCandidates) {
      const known = items.get(candidate.key)
      if (known) known.meetings.push(meeting)
      else
        items.set(candidate.key, {
          ...reviewCandidate(candidate, result.meeting),
          meetings: [meeting]
        })
    }
  }
  return { items: [...items.values()], openByMeeting, instances: summaries.length }
}
