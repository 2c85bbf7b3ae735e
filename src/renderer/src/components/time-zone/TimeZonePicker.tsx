import { useId, useState } from 'react'
import clsx from 'clsx'
import { computerZone } from '../../lib/format'
import { useAccountsStore } from '../../stores/use-accounts-store'
import { useDisplayStore } from '../../stores/use-display-store'
import { useUsersStore } from '../../stores/use-users-store'
import { allZones, findZone, likelyZones, zoneName } from './zone-options'
import ui from '../../styles/ui.module.css'
import styles from './TimeZonePicker.module.css'

/** The host's own zone, when the account's users are already loaded (no extra request). */
function useHostZone(): string | null {
  const host = useAccountsStore((s) => s.account.data?.connection.hostEmail ?? null)
  const users = useUsersStore((s) => s.lists.active?.data ?? null)
  if (!host || !users) return null
  return users.find((u) => u.email.toLowerCase() === host.toLowerCase())?.timezone ?? null
}

/**
 * The one time zone for every time on screen and in every file. Type to search ("berlin",
 * "new york"); the likely zones come first in the suggestions. A name that matches no zone
 * says so and changes nothing.
 */
export function TimeZonePicker({ id }: { id?: string }) {
  const ownId = useId()
  const inputId = id ?? `${ownId}-zone`
  const zone = useDisplayStore((s) => s.zone)
  const recent = useDisplayStore((s) => s.recentZones)
  const setZone = useDisplayStore((s) => s.setZone)
  const hostZone = useHostZone()
  // What is typed belongs to the zone it was typed over; a new zone shows its own name.
  const [typed, setTyped] = useState({ over: zone, text: zoneName(zone) })
  const draft = typed.over === zone ? typed.text : zoneName(zone)
  const setDraft = (text: string): void => setTyped({ over: zone, text })
  const [error, setError] = useState<string | null>(null)

  const likely = likelyZones({ computer: computerZone, current: zone, hostZone, recent })
  const first = new Set(likely.map((choice) => choice.zone))

  function commit(text: string): void {
    const found = findZone(text)
    if (!found) {
      setError('No time zone matches that. Type a city or region, such as Berlin or New York.')
      return
    }
    setError(null)
    setDraft(zoneName(found))
    if (found !== zone) void setZone(found === computerZone ? null : found)
  }

  return (
    <div className={clsx(ui.field, styles.picker)}>
      <label htmlFor={inputId}>Time zone (screen and files)</label>
      <p className={ui.hint} id={`${inputId}-hint`}>
        Every time Headcount shows, and every file it saves, uses this zone. Type a city or region
        to find another.
      </p>
      <input
        id={inputId}
        type="text"
        list={`${inputId}-options`}
        value={draft}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={clsx(`${inputId}-hint`, error && `${inputId}-error`)}
        data-testid="time-zone-picker"
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          setError(null)
          // A suggestion picked from the list arrives whole: take it straight away.
          if (allZones().some((z) => zoneName(z) === text || z === text)) commit(text)
        }}
        onBlur={() => {
          if (draft !== zoneName(zone)) commit(draft)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit(draft)
          }
          if (event.key === 'Escape') {
            setDraft(zoneName(zone))
            setError(null)
          }
        }}
      />
      <datalist id={`${inputId}-options`}>
        {likely.map((choice) => (
          <option key={`likely-${choice.zone}`} value={zoneName(choice.zone)} label={choice.note} />
        ))}
        {allZones()
          .filter((z) => !first.has(z))
          .map((z) => (
            <option key={z} value={zoneName(z)} />
          ))}
      </datalist>
      {error ? (
        <p className={ui.fieldError} id={`${inputId}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
