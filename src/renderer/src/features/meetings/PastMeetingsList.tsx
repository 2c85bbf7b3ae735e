import { useState } from 'react'
import type { PastMeeting } from '@shared/ipc/contracts/past-meetings-contract'
import { formatDateTime } from '../../lib/format'
import { ArchivedBadge } from '../archive/ArchivedBadge'
import { NeedsReviewBadge, useReviewBadges } from '../review/NeedsReviewBadge'
import { useAttendanceStore } from '../../stores/use-attendance-store'
import { useNavigationStore } from '../../stores/use-navigation-store'
import { useRollUpStore } from '../../stores/use-rollup-store'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'
import clsx from 'clsx'

interface Group {
  id: string
  topic: string
  instances: PastMeeting[]
}

/** Instances of one meeting id are grouped, so a weekly session shows as one expandable row. */
function groupById(meetings: PastMeeting[]): Group[] {
  const groups = new Map<string, Group>()
  for (const meeting of meetings) {
    const group = groups.get(meeting.id) ?? { id: meeting.id, topic: meeting.topic, instances: [] }
    group.instances.push(meeting)
    groups.set(meeting.id, group)
  }
  return [...groups.values()]
}

function archivedCount(group: Group): string {
  const archived = group.instances.filter((i) => i.archivedAt !== null).length
  return archived > 0 ? ` (${archived} archived)` : ''
}

export function PastMeetingsList({ meetings }: { meetings: PastMeeting[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set())
  const select = useAttendanceStore((s) => s.select)
  const setMode = useAttendanceStore((s) => s.setMode)
  const runSeries = useRollUpStore((s) => s.runSeries)
  const go = useNavigationStore((s) => s.go)
  useReviewBadges()

  function viewAttendance(instance: PastMeeting): void {
    select({ ref: instance.uuid, topic: instance.topic, startTime: instance.startTime })
    go('attendance')
  }

  /** Every session of this meeting in one roll-up: no copying of meeting IDs by hand. */
  function combine(group: Group): void {
    setMode('rollup')
    go('attendance')
    void runSeries(group.id)
  }

  const groups = groupById(meetings)
  if (groups.length === 0) return <p className={ui.empty}>No past meetings in these dates.</p>
  return (
    <ul className={styles.list} data-testid="past-meetings">
      {groups.map((group) => {
        const single = group.instances.length === 1 ? group.instances[0] : undefined
        const expanded = open.has(group.id)
        return (
          <li key={group.id} className={clsx(ui.card, styles.row)}>
            <div>
              <p className={styles.topic}>{group.topic}</p>
              <p className={ui.muted}>
                Meeting ID {group.id}
                {single
                  ? ` · ${formatDateTime(single.startTime)} · ${single.participants ?? '?'} joined`
                  : ` · ${group.instances.length} sessions${archivedCount(group)}`}
                {single ? <ArchivedBadge {...single} /> : null}
                <NeedsReviewBadge uuids={group.instances.map((i) => i.uuid)} />
              </p>
            </div>
            {single ? (
              <button type="button" className={ui.secondary} onClick={() => viewAttendance(single)}>
                View attendance
              </button>
            ) : (
              <div className={ui.rowActions}>
                <button type="button" className={ui.primary} onClick={() => combine(group)}>
                  Combine all sessions
                  <span className={ui.visuallyHidden}> of {group.topic}</span>
                </button>
                <button
                  type="button"
                  className={ui.secondary}
                  aria-expanded={expanded}
                  onClick={() => {
                    const next = new Set(open)
                    if (expanded) next.delete(group.id)
                    else next.add(group.id)
                    setOpen(next)
                  }}
                >
                  {expanded ? 'Hide sessions' : `Show ${group.instances.length} sessions`}
                </button>
              </div>
            )}
            {!single && expanded ? (
              <ul className={styles.instances}>
                {group.instances.map((instance) => (
                  <li key={instance.uuid}>
                    <span>
                      {formatDateTime(instance.startTime)} · {instance.participants ?? '?'} joined
                      <ArchivedBadge {...instance} />
                      <NeedsReviewBadge uuids={[instance.uuid]} />
                    </span>
                    <button
                      type="button"
                      className={ui.secondary}
                      onClick={() => viewAttendance(instance)}
                    >
                      View attendance
                      <span className={ui.visuallyHidden}>
                        {' '}
                        for {formatDateTime(instance.startTime)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
