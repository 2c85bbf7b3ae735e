import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import type { UserStatusName } from '../../../../shared/ipc/contracts/users-contract'

export const userTabs: Array<{ id: UserStatusName; label: string }> = [
  { id: 'active', label: 'Active' },
  { id: 'inactive', label: 'Inactive' },
  { id: 'pending', label: 'Pending' }
]

/**
 * ARIA tabs: Tab reaches the chosen tab, arrow keys (and Home/End) move between tabs and
 * choose them, as screen reader users expect.
 */
export function UserTabs(props: { current: UserStatusName; onChange(tab: UserStatusName): void }) {
  const refs = useRef<Array<HTMLButtonElement | null>>([])
  function onKeyDown(event: KeyboardEvent, index: number): void {
    const last = userTabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % userTabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % userTabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    props.onChange(userTabs[next]!.id)
    refs.current[next]?.focus()
  }
  return (
    <div role="tablist" aria-label="Users by status" className="user-tabs">
      {userTabs.map((tab, index) => {
        const selected = tab.id === props.current
        return (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`users-tab-${tab.id}`}
            aria-selected={selected}
            aria-controls="users-tabpanel"
            tabIndex={selected ? 0 : -1}
            className="user-tab"
            onClick={() => props.onChange(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}
