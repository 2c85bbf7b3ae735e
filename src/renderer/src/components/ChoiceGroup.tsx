import type { ReactNode } from 'react'
import ui from '../styles/ui.module.css'

/** Radio buttons, each with a plain-words explanation under its label. */
export function ChoiceGroup<T extends string | number>(props: {
  legend: string
  name: string
  choices: ReadonlyArray<{ id: T; label: string; explain: string }>
  value: T
  onChange(id: T): void
  /** Shown under the choices, e.g. a field error. */
  children?: ReactNode
}) {
  return (
    <fieldset className={ui.choiceGroup}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={String(choice.id)} className={ui.optionChoice}>
          <input
            type="radio"
            name={props.name}
            value={String(choice.id)}
            checked={props.value === choice.id}
            onChange={() => props.onChange(choice.id)}
          />
          <span>
            <strong>{choice.label}</strong>
            <span className={ui.choiceExplain}>{choice.explain}</span>
          </span>
        </label>
      ))}
      {props.children}
    </fieldset>
  )
}
