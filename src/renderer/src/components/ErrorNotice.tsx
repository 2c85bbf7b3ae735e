import type { AppError } from '@shared/app-error'

/** Every error a person sees says what happened and what to do next. */
export function ErrorNotice({ error }: { error: AppError }) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-message">{error.message}</p>
      {error.remedy ? <p className="notice-remedy">{error.remedy}</p> : null}
    </div>
  )
}
