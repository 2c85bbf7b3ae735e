import ui from '../styles/ui.module.css'

/** A field's error under it, or nothing. */
export function FieldError({ message }: { message: string | undefined }) {
  return message ? <p className={ui.fieldError}>{message}</p> : null
}
