/**
 * Webinar calls go through the one request sender (same pacer, retries and paging); only the
 * answer "no webinars on this account" is told in webinar words (errors.ts asWebinarFailure).
 */
import { asWebinarFailure } from '../errors'
import type { SendZoomRequest, ZoomRequest } from '../request'

export function webinarSender(send: SendZoomRequest): SendZoomRequest {
  return async <T>(request: ZoomRequest): Promise<T> => {
    try {
      return await send<T>(request)
    } catch (error) {
      throw asWebinarFailure(error)
    }
  }
}
