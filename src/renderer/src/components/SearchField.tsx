import ui from '../styles/ui.module.css'

/** A labelled search box; the list below it narrows as the person types. */
export function SearchField(props: {
  id: string
  label: string
  value: string
  onChange(value: string): void
}) {
  return (
    <div className={ui.field}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="search"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}
