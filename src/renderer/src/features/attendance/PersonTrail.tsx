import type { PersonRow } from '@shared/ipc/contracts/attendance-contract'
import { formatTime } from '../../lib/format'
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

/** How this row was built: each raw join/leave from Zoom, and how they were matched. */
export function PersonTrail({ person }: { person: PersonRow }) {
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
            {session.name ? ` · as “${session.name}”` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
