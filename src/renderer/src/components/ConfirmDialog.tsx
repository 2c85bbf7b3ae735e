import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'
import ui from '../styles/ui.module.css'
import styles from './ConfirmDialog.module.css'

/**
 * A modal question built on <dialog>: the browser traps focus, Escape cancels, and focus
 * returns to where it was when it closes.
 */
export function ConfirmDialog(props: {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  // Its own id, so several dialogs can wait on one screen.
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  }, [props.open])
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        props.onCancel()
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <div>{props.children}</div>
      <div className={styles.actions}>
        <button type="button" className={ui.secondary} autoFocus onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className={ui.danger} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
