import type { FeatureCheck } from '@shared/ipc/contracts/accounts-contract'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/** One line per feature: works, or exactly what to add in the Marketplace. */
export function FeatureChecklist({ features }: { features: FeatureCheck[] }) {
  const blocked = features.filter((f) => !f.allowed).length
  return (
    <div className={styles.checklist} data-testid="feature-checklist">
      <p role="status">
        {blocked === 0
          ? 'Connected. Everything Headcount does is allowed.'
          : `Connected. ${blocked} of ${features.length} features need a change in your Zoom app.`}
      </p>
      <ul>
        {features.map((feature) => (
          <li key={feature.id} className={feature.allowed ? styles.ok : styles.blocked}>
            <span aria-hidden="true">{feature.allowed ? '✓' : '✗'}</span>{' '}
            <strong>{feature.label}</strong>
            {feature.allowed ? <span className={ui.visuallyHidden}> (allowed)</span> : null}
            {feature.needsPaidPlan ? (
              <p className={ui.muted}>Zoom says this needs a paid (Pro or higher) plan.</p>
            ) : null}
            {feature.missingScopes.length > 0 ? (
              <p className={ui.muted}>
                Add {feature.missingScopes.length === 1 ? 'the scope' : 'the scopes'}{' '}
                {feature.missingScopes.map((s) => (
                  <code key={s}>{s}</code>
                ))}{' '}
                to your Server-to-Server app in the Zoom App Marketplace, then click Test
                connection.
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
