import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'
import { formatDateTime, formatTime } from '../../lib/format'
import { overlapsEarlier } from './trail-overlaps'
import styles from './attendance.module.css'

const ruleWords: Record<PersonRow['identityRule'], string> = {
  registrant: 'their registration link',
  email: 'their email address',
  'user-id': 'their Zoom account',
  alias: 'an alias you added',
  decision: 'a match you confirmed',
  name: 'their display name only (check this match)',
  none: 'nothing (registered, never joined)'
}

/** "Registered (approved) on Oct 1, 2026, 9:00 AM BST; never joined." */
function neverJoined(person: PersonRow): string {
  const status = person.registrationStatus ? ` (${person.registrationStatus})` : ''
  const when = person.registeredAt ? ` on ${formatDateTime(person.registeredAt)}` : ''
  return `Registered${status}${when}; never joined.`
}

/** How this row was built: each raw join/leave from Zoom, and how they were matched. */
export function PersonTrail({ person }: { person: PersonRow }) {
  if (person.trail.length === 0 && person.status === 'Absent') {
    return (
      <div className={styles.trail} data-testid="person-trail">
        <p>{neverJoined(person)}</p>
      </div>
    )
  }
  const overlaps = overlapsEarlier(person.trail)
  return (
    <div className={styles.trail} data-testid="person-trail">
      <p>
        Rows were matched to this person by {ruleWords[person.identityRule]}. {person.trail.length}{' '}
        {person.trail.length === 1 ? 'row' : 'rows'} from Zoom:
      </p>
      <ol>
        {person.trail.map((session, index) => (
          <li key={index}>
            {formatTime(session.join)} – {formatTime(session.leave)}
            {session.inWaitingRoom ? ' · in the waiting room (not counted)' : ''}
            {!session.inWaitingRoom && !session.counted ? ' · times unknown (not counted)' : ''}
            {overlaps[index] ? ' · overlapped another row, so the shared time is counted once' : ''}
            {session.name ? ` · as “${session.name}”` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
