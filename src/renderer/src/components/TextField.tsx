import { useId } from 'react'
import type { InputHTMLAttributes } from 'react'
import ui from '../styles/ui.module.css'

/** A labelled input whose hint and error are announced with it. */
export function TextField(
  props: {
    label: string
    hint?: string
    error?: string
    onValue(value: string): void
  } & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'>
) {
  const { label, hint, error, onValue, ...input } = props
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={ui.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className={ui.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValue(event.target.value)}
      />
      {error ? (
        <p className={ui.fieldError} id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
