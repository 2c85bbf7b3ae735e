import type { ZoomPlan } from '@shared/settings/input-schemas'

/** Zoom's plans as the admin knows them from their billing page. */
export const planLabels: Record<ZoomPlan, string> = {
  free: 'Free (Basic)',
  pro: 'Pro',
  business: 'Business or higher'
}
