import type { AppError } from '@shared/app-error'
import { ErrorNotice } from '../../components/ErrorNotice'
import { OfflineNotice } from '../archive/OfflineNotice'

const unreachable: ReadonlyArray<AppError['code']> = ['network', 'zoom-unavailable']

/** A refresh from Zoom that failed: the copy on screen is unchanged, and the notice says so. */
export function RefreshProblem({ error }: { error: AppError }) {
  if (unreachable.includes(error.code)) return <OfflineNotice />
  return (
    <ErrorNotice
      error={{
        ...error,
        message: `The refresh from Zoom failed: ${error.message}`,
        remedy: `${error.remedy ?? ''} The copy shown below is unchanged.`.trim()
      }}
    />
  )
}
