import type { EventPublisher } from './event-publisher'
import type { IpcRouter } from './router'

/** Channels whose auth failures are about the account being set up, not one that stopped working. */
const setupChannels = new Set([
  'accounts:create',
  'accounts:update',
  'accounts:set-secret',
  'accounts:connect',
  'accounts:test-connection'
])

/**
 * When Zoom stops accepting Headcount's sign-in in the middle of work (secret changed, app
 * deactivated), every open view hears it at once through `auth:expired`, not just the one
 * that happened to ask.
 */
export function announceAuthExpiry(router: IpcRouter, events: EventPublisher): IpcRouter {
  return {
    channels: router.channels,
    async dispatch(channel, rawInput) {
      const result = await router.dispatch(channel, rawInput)
      if (!result.ok && result.error.code === 'auth' && !setupChannels.has(channel)) {
        events.publish('auth:expired', {
          message: result.error.message,
          remedy: result.error.remedy ?? 'Open Accounts and click Test connection.'
        })
      }
      return result
    }
  }
}
