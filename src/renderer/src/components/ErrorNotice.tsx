import type { AppError } from '@shared/app-error'
import { Notice } from './Notice'

/** Every error a person sees says what happened and what to do next. */
export function ErrorNotice({ error }: { error: AppError }) {
  return <Notice tone="error" role="alert" message={error.message} remedy={error.remedy} />
}
