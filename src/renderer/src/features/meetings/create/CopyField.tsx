import { useId, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import ui from '../../../styles/ui.module.css'
import styles from './schedule.module.css'

/**
 * A read-only link with a Copy button. If the clipboard is blocked (permissions, policy),
 * the text is selected instead so Ctrl+C (or ⌘C) copies it.
 */
export function CopyField(props: {
  label: string
  value: string
  hint?: ReactNode
  testId?: string
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState('')
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.value)
      setStatus('Copied.')
    } catch {
      input.current?.focus()
      input.current?.select()
      setStatus('Selected: press Ctrl+C (or ⌘C on a Mac) to copy.')
    }
  }
  return (
    <div className={ui.field} data-testid={props.testId}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p className={ui.hint} id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div className={styles.copyRow}>
        <input
          id={id}
          ref={input}
          readOnly
          value={props.value}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className={ui.secondary} onClick={() => void copy()}>
          Copy<span className={ui.visuallyHidden}> {props.label.toLowerCase()}</span>
        </button>
      </div>
      <p role="status" className={ui.hint}>
        {status}
      </p>
    </div>
  )
}
