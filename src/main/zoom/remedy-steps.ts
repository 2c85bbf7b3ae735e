/**
 * The steps in Zoom-error remedies that name a window control. Errors are worded once, for the
 * window; a terminal swaps these steps for its own (forTerminal), so no message is written twice.
 */
export const windowSteps = {
  /** The last step after fixing credentials or scopes. */
  tryAgain: 'then click Test connection.',
  /** Where new credentials go. */
  enterCredentials: 'enter its credentials'
} as const

const terminalSteps: Record<keyof typeof windowSteps, string> = {
  tryAgain: 'then run the command again.',
  enterCredentials: 'put its credentials in ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET'
}

/** A remedy as a terminal user does it: the window's steps replaced by the command line's. */
export function forTerminal(text: string): string {
  let worded = text
  for (const step of Object.keys(windowSteps) as Array<keyof typeof windowSteps>) {
    worded = worded.split(windowSteps[step]).join(terminalSteps[step])
  }
  return worded
}
