/** A meeting is named by its numeric id (all instances) or by one instance's UUID. */
export type MeetingRef = number | string

export function isNumericMeetingId(ref: MeetingRef): boolean {
  return typeof ref === 'number' || /^\d+$/.test(ref)
}

/**
 * Path segment for a meeting id or UUID. Zoom decodes UUIDs twice, so a UUID holding `/`
 * breaks unless double-encoded; double-encoding every UUID is always safe (zoom-api.md §5).
 */
export function meetingPathSegment(ref: MeetingRef): string {
  if (typeof ref === 'number') {
    if (!Number.isSafeInteger(ref) || ref < 0)
      throw new RangeError('Meeting id must be a whole number')
    return String(ref)
  }
  if (ref === '') throw new RangeError('Meeting id or UUID is empty')
  if (/^\d+$/.test(ref)) return ref
  return encodeURIComponent(encodeURIComponent(ref))
}

/** A user id, an email address or `me`; encoded once like any other path segment. */
export function userPathSegment(userIdOrEmail: string): string {
  if (userIdOrEmail === '') throw new RangeError('User id or email is empty')
  return encodeURIComponent(userIdOrEmail)
}
