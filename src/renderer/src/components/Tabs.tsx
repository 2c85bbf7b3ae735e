import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import styles from './Tabs.module.css'

/** ARIA tabs: arrow keys move between tabs, and only the chosen tab is in the Tab order. */
export function Tabs<T extends string>(props: {
  label: string
  tabs: ReadonlyArray<{ id: T; label: string }>
  current: T
  onChange(id: T): void
  idPrefix: string
}) {
  const refs = useRef<Array<HTMLButtonElement | null>>([])
  function onKeyDown(event: KeyboardEvent, index: number): void {
    const last = props.tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const tab = props.tabs[next]
    if (!tab) return
    props.onChange(tab.id)
    refs.current[next]?.focus()
  }
  return (
    <div role="tablist" aria-label={props.label} className={styles.tabs}>
      {props.tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[index] = el
          }}
          type="button"
          role="tab"
          id={`${props.idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === props.current}
          aria-controls={`${props.idPrefix}-panel`}
          tabIndex={tab.id === props.current ? 0 : -1}
          className={styles.tab}
          onClick={() => props.onChange(tab.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
