import { isAppFailure } from '../../shared/app-error'

/**
 * What the admin reads when Headcount cannot start (settings unreadable, a folder it cannot
 * write): a native dialog, because there is no window yet. Plain words and the fix, always.
 */
export interface StartupFailureDialog {
  title: string
  content: string
}

export function startupFailureDialog(error: unknown, logsDir: string | null): StartupFailureDialog {
  const title = 'Headcount could not start'
  const closing = 'Headcount will close now.'
  if (isAppFailure(error)) {
    const { message, remedy } = error.appError
    return { title, content: [message, remedy, closing].filter(Boolean).join('\n\n') }
  }
  const logs = logsDir ? ` (the log files are in ${logsDir})` : ''
  return {
    title,
    content:
      'Something unexpected stopped Headcount while it was starting.\n\n' +
      `Start Headcount again. If this keeps happening, send us the log file${logs}.\n\n${closing}`
  }
}
