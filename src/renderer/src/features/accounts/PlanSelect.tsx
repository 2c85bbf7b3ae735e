import { zoomPlans } from '@shared/settings/input-schemas'
import type { ZoomPlan } from '@shared/settings/input-schemas'
import ui from '../../styles/ui.module.css'

/** Zoom's plans as the admin knows them from their billing page. */
const planLabels: Record<ZoomPlan, string> = {
  free: 'Free (Basic)',
  pro: 'Pro',
  business: 'Business or higher'
}

/** Which Zoom plan an account is on: Headcount paces its requests to it. */
export function PlanSelect(props: { id: string; value: ZoomPlan; onChange(plan: ZoomPlan): void }) {
  return (
    <div className={ui.field}>
      <label htmlFor={props.id}>Zoom plan</label>
      <p className={ui.hint} id={`${props.id}-hint`}>
        Headcount paces its requests to your plan’s limits.
      </p>
      <select
        id={props.id}
        aria-describedby={`${props.id}-hint`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as ZoomPlan)}
      >
        {zoomPlans.map((plan) => (
          <option key={plan} value={plan}>
            {planLabels[plan]}
          </option>
        ))}
      </select>
    </div>
  )
}
