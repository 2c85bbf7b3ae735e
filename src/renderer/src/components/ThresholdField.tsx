import { useEffect, useId, useRef, useState } from 'react'
import clsx from 'clsx'
import ui from '../styles/ui.module.css'

/** A whole number from 0 to 100, or null with the plain reason when the text is not one. */
export function readPercent(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,3}$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value <= 100 ? value : null
}

/** Typing "75" passes through "7": a value is applied once typing pauses this long. */
const settleMs = 500

/**
 * The attendance threshold: keeps exactly what is typed (a cleared field stays empty, "101"
 * stays "101"), says what is wrong with a bad value, and passes on only valid ones, once the
 * typing stops (or the field is left).
 */
export function ThresholdField(props: {
  value: number
  onChange(value: number): void
  /** What the percentage is measured against, e.g. "the meeting’s actual start to end". */
  measuredAgainst: string
  id?: string
}) {
  const ownId = useId()
  const id = props.id ?? `${ownId}-threshold`
  // The text typed, kept with the value it was typed against: a new value from outside (a
  // reset, another screen) shows as itself, while typing keeps exactly what was typed.
  const [typed, setTyped] = useState({ against: props.value, text: String(props.value) })
  const text = typed.against === props.value ? typed.text : String(props.value)
  const setText = (next: string): void => setTyped({ against: props.value, text: next })
  const invalid = readPercent(text) === null
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const { onChange, value } = props
  const apply = (next: string): void => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const percent = readPercent(next)
    if (percent !== null && percent !== value) onChange(percent)
  }
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )
  return (
    <div className={clsx(ui.field, ui.narrow)}>
      <label htmlFor={id}>Attended at (% of the meeting)</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          if (timer.current) clearTimeout(timer.current)
          timer.current = setTimeout(() => apply(next), settleMs)
        }}
        onBlur={() => apply(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(text)
        }}
      />
      <p className={ui.hint} id={`${id}-hint`}>
        Measured against {props.measuredAgainst}.
      </p>
      {invalid ? (
        <p className={ui.fieldError} id={`${id}-error`} role="alert">
          Enter a number from 0 to 100, without decimals.
        </p>
      ) : null}
    </div>
  )
}
