import { useState } from 'react'
import type { InvokeOutput } from '@shared/ipc/contract'
import { formatDateTime } from '../../lib/format'
import { useRequest } from '../../lib/use-request'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'

/** "Show dates" for one recurring meeting: its upcoming dates, asked for when opened. */
export function OccurrenceDates({ meetingId }: { meetingId: string }) {
  const [open, setOpen] = useState(false)
  const [dates, slot] = useRequest<InvokeOutput<'meetings:occurrences'>>()
  function toggle(): void {
    if (open) {
      setOpen(false)
      return slot.reset()
    }
    setOpen(true)
    void slot.run((api) => api.meetings.occurrences({ meetingId }))
  }
  return (
    <>
      <button type="button" className={ui.secondary} aria-expanded={open} onClick={toggle}>
        {open ? 'Hide dates' : 'Show dates'}
      </button>
      {open && dates.status === 'loading' ? <p role="status">Loading dates…</p> : null}
      {open && dates.status === 'error' ? (
        <p role="alert">Zoom did not list the dates of this meeting. Try again later.</p>
      ) : null}
      {open && dates.data ? (
        <ul className={styles.instances} data-testid="occurrences">
          {dates.data.occurrences.map((o) => (
            <li key={o.occurrenceId}>{formatDateTime(o.startTime)}</li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
