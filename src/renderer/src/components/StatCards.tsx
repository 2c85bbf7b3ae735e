import clsx from 'clsx'
import type { ReactNode } from 'react'
import ui from '../styles/ui.module.css'
import styles from './StatCards.module.css'

/** Headline numbers as a definition list, so screen readers pair each label with its value. */
export function StatCards(props: {
  items: ReadonlyArray<readonly [label: string, value: ReactNode]>
  testId?: string
}) {
  return (
    <dl className={styles.cards} data-testid={props.testId}>
      {props.items.map(([label, value]) => (
        <div key={label} className={clsx(ui.card, styles.card)}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
