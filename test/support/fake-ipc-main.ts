import type { IpcMainLike } from '../../src/main/ipc/register-ipc'
import type { SenderEvent } from '../../src/main/ipc/sender-policy'

type Listener = Parameters<IpcMainLike['handle']>[1]

/** Captures what would be registered on Electron's ipcMain. */
export function createFakeIpcMain(): IpcMainLike & {
  channels(): string[]
  invoke(channel: string, event: SenderEvent, ...args: unknown[]): Promise<unknown>
} {
  const handlers = new Map<string, Listener>()
  return {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Channel registered twice: ${channel}`)
      handlers.set(channel, listener)
    },
    channels: () => [...handlers.keys()].sort(),
    invoke(channel, event, ...args) {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No handler for ${channel}`)
      return handler(event, ...args)
    }
  }
}

export const appOriginForTests = 'app://headcount'
export const trustedWindowId = 1

export function trustedEvent(): SenderEvent {
  return {
    sender: { id: trustedWindowId },
    senderFrame: { url: `${appOriginForTests}/index.html`, parent: null }
  }
}
