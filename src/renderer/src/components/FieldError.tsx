/** A field's error under it, or nothing. */
export function FieldError({ message }: { message: string | undefined }) {
  return message ? <p className="field-error">{message}</p> : null
}
