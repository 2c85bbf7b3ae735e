import { AppFailure } from '../../../shared/app-error'
import { defaultThresholdPercent } from '../../../shared/attendance/defaults'

/**
 * The attendance threshold to use: the one given, or the shared default. Checked before any
 * Zoom call by the fetchers and again by the engine, so a typo costs nothing and never
 * yields a table computed against a nonsense percent.
 */
export function checkThreshold(value: number | undefined): number {
  const threshold = value ?? defaultThresholdPercent
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new AppFailure({
      code: 'invalid-input',
      message: `The attendance threshold must be a percent from 0 to 100 (got ${String(value)}).`,
      remedy: 'Enter a whole number such as 75.'
    })
  }
  return threshold
}
