import type { AppError } from '../../shared/app-error'
import { fail } from '../../shared/ipc/result'
import type { IpcResult } from '../../shared/ipc/result'
import type { IpcRouter } from './router'
import type { SenderEvent, SenderPolicy } from './sender-policy'

/** Structurally Electron's ipcMain; kept minimal so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: SenderEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>
  ): void
}

const forbidden: AppError = {
  code: 'forbidden-sender',
  message: 'This request did not come from the Headcount window, so it was refused.'
}

/** The one loop that registers every contract channel: sender check, then the router. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  router: IpcRouter,
  policy: SenderPolicy
): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, async (event, ...args) => {
      // Read the sender first: senderFrame becomes null once the frame navigates.
      if (!policy.isTrusted(event)) return fail(forbidden)
      if (args.length > 1) {
        return fail({ code: 'invalid-input', message: 'A request takes at most one argument.' })
      }
      return router.dispatch(channel, args[0])
    })
  }
}
