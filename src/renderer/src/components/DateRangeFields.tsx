import clsx from 'clsx'
import ui from '../styles/ui.module.css'

/** "From" and "To" day pickers, as used for past meetings and roll-ups, with one shared error. */
export function DateRangeFields(props: {
  idPrefix: string
  from: string
  to: string
  onChange(from: string, to: string): void
  error?: string
}) {
  const errorId = `${props.idPrefix}-range-error`
  const described = props.error ? errorId : undefined
  return (
    <>
      <div className={clsx(ui.field, ui.narrow)}>
        <label htmlFor={`${props.idPrefix}-from`}>From</label>
        <input
          id={`${props.idPrefix}-from`}
          type="date"
          value={props.from}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => props.onChange(e.target.value, props.to)}
        />
      </div>
      <div className={clsx(ui.field, ui.narrow)}>
        <label htmlFor={`${props.idPrefix}-to`}>To</label>
        <input
          id={`${props.idPrefix}-to`}
          type="date"
          value={props.to}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => props.onChange(props.from, e.target.value)}
        />
      </div>
      {props.error ? (
        <p className={clsx(ui.fieldError, ui.fullRow)} id={errorId} role="alert">
          {props.error}
        </p>
      ) : null}
    </>
  )
}
