import { Fragment } from 'react'
import { featureRequirements, recommendedScopes } from '@shared/accounts/feature-access'
import { ExternalLink } from '../../components/ExternalLink'
import ui from '../../styles/ui.module.css'
import styles from './accounts.module.css'

/** A long scope name may wrap after each ':' or '_' (a narrow window), not mid-word. */
function breakable(scope: string) {
  return scope.split(/(?<=[:_])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ))
}

/** The Marketplace steps, in the order an admin clicks through them. */
export function SetupGuide() {
  return (
    <section className={ui.panel} aria-labelledby="setup-guide-title">
      <h2 id="setup-guide-title">Connect your organisation’s Zoom account</h2>
      <p>
        Headcount talks to Zoom through a private “Server-to-Server OAuth” app that belongs to your
        organisation. Someone with admin rights on your Zoom account creates it once; it takes about
        five minutes.
      </p>
      <ol className={styles.steps}>
        <li>
          Sign in to the{' '}
          <ExternalLink href="https://marketplace.zoom.us/">Zoom App Marketplace</ExternalLink> with
          your Zoom admin account.
        </li>
        <li>
          Choose <strong>Develop → Build App</strong>, then{' '}
          <strong>Server-to-Server OAuth App</strong>, and give it a name such as “Headcount”.
        </li>
        <li>
          On the <strong>App Credentials</strong> page, copy the <strong>Account ID</strong>,{' '}
          <strong>Client ID</strong> and <strong>Client Secret</strong> into the form below.
        </li>
        <li>
          Fill in the <strong>Information</strong> page (name and contact email are enough).
        </li>
        <li>
          On the <strong>Scopes</strong> page, add these scopes. Each one unlocks a part of
          Headcount:
          <ul className={styles.scopeList}>
            {featureRequirements.map((feature) => (
              <li key={feature.id}>
                <span>{feature.label}:</span>{' '}
                {feature.needs.map((options) => (
                  <code key={options[0]}>{breakable(options[0] ?? '')}</code>
                ))}
              </li>
            ))}
          </ul>
        </li>
        <li>
          Click <strong>Activate your app</strong>. Then save the form below and press{' '}
          <strong>Test connection</strong>.
        </li>
      </ol>
      <p className={ui.muted}>
        {recommendedScopes.length} scopes in all. Reports and past-meeting attendance need a paid
        (Pro or higher) Zoom plan.
      </p>
    </section>
  )
}
