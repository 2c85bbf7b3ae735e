import { useState } from 'react'
import type { MeetingLinks as Links } from '@shared/ipc/contracts/meetings-list-contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../lib/use-request'
import { CopyField } from './create/CopyField'
import ui from '../../styles/ui.module.css'
import styles from './meetings.module.css'

function registered(links: Links): string {
  if (!links.registrants) return 'This meeting takes no registrations.'
  const { approved, pending } = links.registrants
  const waiting = pending > 0 ? `, ${pending} waiting for approval` : ''
  return `${approved} ${approved === 1 ? 'person has' : 'people have'} registered${waiting}.`
}

/** "Links and registrations" for one scheduled meeting: asked for when opened. */
export function MeetingLinks({ meetingId, topic }: { meetingId: string; topic: string }) {
  const [open, setOpen] = useState(false)
  const [links, slot] = useRequest<Links>()
  function toggle(): void {
    if (open) {
      setOpen(false)
      return slot.reset()
    }
    setOpen(true)
    void slot.run((api) => api.meetings.links({ meetingId }))
  }
  return (
    <>
      <button type="button" className={ui.secondary} aria-expanded={open} onClick={toggle}>
        {open ? 'Hide links' : 'Links and registrations'}
        <span className={ui.visuallyHidden}> for {topic}</span>
      </button>
      {open ? (
        <div className={styles.links} data-testid="meeting-links">
          {links.status === 'loading' ? <p role="status">Asking Zoom…</p> : null}
          {links.error ? <ErrorNotice error={links.error} /> : null}
          {links.data ? (
            <>
              <p role="status" data-testid="registrant-count">
                {registered(links.data)}
              </p>
              {links.data.registrationUrl ? (
                <CopyField
                  label="Registration link"
                  value={links.data.registrationUrl}
                  hint="Share this: people register once, and attendance can match them by name and email."
                />
              ) : null}
              {links.data.joinUrl ? (
                <CopyField label="Join link" value={links.data.joinUrl} />
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </>
  )
}
