/** A sync's outcome in plain sentences, for the CLI and the log: "N new instances, M already archived". */
import type { SyncSummary } from '../../../shared/ipc/contracts/archive-contract'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

export function syncSummaryLines(summary: SyncSummary): string[] {
  const head =
    `${plural(summary.newInstances, 'new instance', 'new instances')}, ` +
    `${summary.alreadyArchived} already archived`
  const lines = [
    summary.goneFromZoom > 0
      ? `${head}, ${summary.goneFromZoom} no longer on Zoom (${plural(summary.hosts, 'host', 'hosts')}).`
      : `${head} (${plural(summary.hosts, 'host', 'hosts')}).`
  ]
  if (summary.failed.length > 0) {
    lines.push(
      `${plural(summary.failed.length, 'instance', 'instances')} could not be archived; the next sync tries again:`
    )
    for (const failure of summary.failed) {
      const name = failure.topic ? `"${failure.topic}"` : `Meeting ${failure.meetingId}`
      const when = failure.start ? ` of ${failure.start.slice(0, 16).replace('T', ' ')} UTC` : ''
      lines.push(`  ${name}${when}: ${failure.error.message}`)
    }
  }
  if (summary.cancelled) lines.push('Stopped before it finished; run the sync again to carry on.')
  if (summary.stoppedBy) {
    const fix = summary.stoppedBy.remedy ? ` ${summary.stoppedBy.remedy}` : ''
    lines.push(`The sync stopped early: ${summary.stoppedBy.message}${fix}`)
  }
  return lines
}
