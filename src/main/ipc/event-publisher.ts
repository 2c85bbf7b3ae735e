import type { EventChannel } from '../../shared/ipc/channels'
import { eventContract } from '../../shared/ipc/contract'
import type { EventPayload } from '../../shared/ipc/contract'
import type { Logger } from '../logging/logger'

export type EventSink = (channel: EventChannel, payload: unknown) => void

export interface EventPublisher {
  publish<E extends EventChannel>(channel: E, payload: EventPayload<E>): void
}

/** Checks every main → renderer event against the contract before it leaves main. */
export function createEventPublisher(sink: EventSink, logger: Logger): EventPublisher {
  return {
    publish(channel, payload) {
      const checked = eventContract[channel].safeParse(payload)
      if (!checked.success) {
        logger.error('Event payload outside the contract was not sent', { channel })
        return
      }
      sink(channel, checked.data)
    }
  }
}
