import type { ZoomPlan } from './config'

/** Zoom's rate-limit tiers (zoom-api.md §3). Limits are per account, shared by all its apps. */
export type RateCategory = 'Light' | 'Medium' | 'Heavy' | 'Resource-intensive'

export const rateCategories: readonly RateCategory[] = [
  'Light',
  'Medium',
  'Heavy',
  'Resource-intensive'
]

/**
 * The one table mapping every endpoint Headcount calls to its tier (SPEC "Rate Limit Label").
 * Keys are `METHOD template` with the template spelled as in the OpenAPI spec.
 */
export const endpointCategories = {
  'GET /users': 'Medium',
  'POST /users': 'Light',
  'GET /users/{userId}': 'Light',
  'GET /users/{userId}/meetings': 'Medium',
  'POST /users/{userId}/meetings': 'Medium',
  'GET /meetings/{meetingId}': 'Light',
  'GET /meetings/{meetingId}/registrants': 'Medium',
  'GET /past_meetings/{meetingId}': 'Light',
  'GET /past_meetings/{meetingId}/instances': 'Medium',
  'GET /past_meetings/{meetingId}/participants': 'Medium',
  'GET /report/users/{userId}/meetings': 'Heavy',
  'GET /report/meetings/{meetingId}': 'Heavy',
  'GET /report/meetings/{meetingId}/participants': 'Heavy',
  // Webinars: the SPEC label of each operation. Past instances is Light and absentees Heavy,
  // unlike their meeting twins; the rest match (list/registrants Medium, reports Heavy).
  'GET /users/{userId}/webinars': 'Medium',
  'GET /webinars/{webinarId}': 'Light',
  'GET /webinars/{webinarId}/registrants': 'Medium',
  'GET /webinars/{webinarId}/panelists': 'Medium',
  'GET /past_webinars/{webinarId}/instances': 'Light',
  'GET /past_webinars/{webinarId}/participants': 'Medium',
  'GET /past_webinars/{WebinarUUID}/absentees': 'Heavy',
  'GET /report/webinars/{webinarId}': 'Heavy',
  'GET /report/webinars/{webinarId}/participants': 'Heavy'
} as const satisfies Record<string, RateCategory>

export type EndpointKey = keyof typeof endpointCategories

export function categoryOf(endpoint: EndpointKey): RateCategory {
  return endpointCategories[endpoint]
}

/** Requests allowed per window; Resource-intensive is counted per minute, the rest per second. */
export interface CategoryLimit {
  perWindow: number
  windowMs: number
}

const second = 1000
const minute = 60_000

export const planLimits: Record<ZoomPlan, Record<RateCategory, CategoryLimit>> = {
  free: {
    Light: { perWindow: 4, windowMs: second },
    Medium: { perWindow: 2, windowMs: second },
    Heavy: { perWindow: 1, windowMs: second },
    'Resource-intensive': { perWindow: 10, windowMs: minute }
  },
  pro: {
    Light: { perWindow: 30, windowMs: second },
    Medium: { perWindow: 20, windowMs: second },
    Heavy: { perWindow: 10, windowMs: second },
    'Resource-intensive': { perWindow: 10, windowMs: minute }
  },
  business: {
    Light: { perWindow: 80, windowMs: second },
    Medium: { perWindow: 60, windowMs: second },
    Heavy: { perWindow: 40, windowMs: second },
    'Resource-intensive': { perWindow: 20, windowMs: minute }
  }
}

/** Heavy and Resource-intensive draw on one daily pool, so a daily stop in one stops both. */
export function categoriesSharingDailyPool(category: RateCategory): RateCategory[] {
  if (category === 'Heavy' || category === 'Resource-intensive') {
    return ['Heavy', 'Resource-intensive']
  }
  return [category]
}

export function isRateCategory(value: unknown): value is RateCategory {
  return typeof value === 'string' && (rateCategories as readonly string[]).includes(value)
}
