import { originOf } from '../security/origin'

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  sender: { id: number }
  senderFrame: { url: string; parent?: unknown } | null
}

export interface SenderPolicy {
  isTrusted(event: SenderEvent): boolean
}

/**
 * Trusts only the top frame of a window we created, showing a page from our own origin.
 * `senderFrame` is null once the frame navigated away or was destroyed: untrusted.
 */
export function createSenderPolicy(options: {
  trustedWebContentsIds: () => ReadonlySet<number>
  trustedOrigins: readonly string[]
}): SenderPolicy {
  return {
    isTrusted(event) {
      if (!options.trustedWebContentsIds().has(event.sender.id)) return false
      const frame = event.senderFrame
      if (!frame || (frame.parent !== null && frame.parent !== undefined)) return false
      const origin = originOf(frame.url)
      return origin !== null && options.trustedOrigins.includes(origin)
    }
  }
}
