import type { AppFailure } from '../../src/shared/app-error'
import { ZoomFailure } from '../../src/main/zoom'

/** A failure as the Zoom client throws it, carrying Zoom's own error code. */
export const zoomSaid = (code: number, status = 400): ZoomFailure =>
  new ZoomFailure(
    { code: 'validation', message: 'Zoom did not accept the request.' },
    { status, code }
  )

/** The person-facing error inside whatever a translator returned. */
export const appError = (value: unknown): AppFailure['appError'] => (value as AppFailure).appError
