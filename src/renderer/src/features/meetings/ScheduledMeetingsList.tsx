import { useState } from 'react'
import type { MeetingListItem } from '@shared/ipc/contracts/meetings-list-contract'
import { request } from '../../lib/bridge'
import { formatDateTime } from '../../lib/format'

const recurringTypes = new Set([3, 8])

type Occurrences = Array<{ occurrenceId: string; startTime: string | null }>

/** Scheduled meetings; a recurring one opens to list its upcoming dates. */
export function ScheduledMeetingsList({ meetings }: { meetings: MeetingListItem[] }) {
  const [open, setOpen] = useState<Record<string, Occurrences | 'loading' | 'failed'>>({})

  async function toggle(meetingId: string): Promise<void> {
    if (open[meetingId]) {
      const next = { ...open }
      delete next[meetingId]
      setOpen(next)
      return
    }
    setOpen((o) => ({ ...o, [meetingId]: 'loading' }))
    const result = await request((api) => api.meetings.occurrences({ meetingId }))
    setOpen((o) => ({ ...o, [meetingId]: result.ok ? result.data.occurrences : 'failed' }))
  }

  if (meetings.length === 0) return <p className="empty">No meetings here yet.</p>
  return (
    <ul className="meeting-list" data-testid="scheduled-meetings">
      {meetings.map((meeting) => {
        const recurring = recurringTypes.has(meeting.type)
        const shown = open[meeting.id]
        return (
          <li key={`${meeting.id}-${meeting.startTime ?? ''}`} className="meeting-row">
            <div className="meeting-main">
              <p className="meeting-topic">
                {meeting.topic} {recurring ? <span className="badge">Repeats</span> : null}
              </p>
              <p className="muted">
                Meeting ID {meeting.id} · {formatDateTime(meeting.startTime)} ·{' '}
                {meeting.durationMinutes} min
              </p>
            </div>
            {meeting.type === 8 ? (
              <button
                type="button"
                className="secondary"
                aria-expanded={Boolean(shown)}
                onClick={() => void toggle(meeting.id)}
              >
                {shown ? 'Hide dates' : 'Show dates'}
              </button>
            ) : null}
            {shown === 'loading' ? <p role="status">Loading dates…</p> : null}
            {shown === 'failed' ? (
              <p role="alert">Zoom did not list the dates of this meeting. Try again later.</p>
            ) : null}
            {Array.isArray(shown) ? (
              <ul className="instance-list" data-testid="occurrences">
                {shown.map((o) => (
                  <li key={o.occurrenceId}>{formatDateTime(o.startTime)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
