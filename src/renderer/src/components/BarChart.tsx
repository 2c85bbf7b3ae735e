import clsx from 'clsx'
import ui from '../styles/ui.module.css'
import styles from './BarChart.module.css'

/** A simple bar chart; each bar's number is printed too, so nothing depends on seeing heights. */
export function BarChart(props: {
  caption: string
  bars: ReadonlyArray<{ key: string; value: number; label: string }>
  testId?: string
}) {
  const most = Math.max(1, ...props.bars.map((bar) => bar.value))
  return (
    <figure className={clsx(ui.card, styles.chart)} data-testid={props.testId}>
      <figcaption>{props.caption}</figcaption>
      {/* Focusable so keyboard users can scroll a long chart sideways. */}
      <ol className={styles.bars} tabIndex={0} aria-label={props.caption}>
        {props.bars.map((bar) => (
          <li key={bar.key} className={styles.item}>
            <span
              className={styles.bar}
              style={{ height: `${Math.round((bar.value / most) * 100)}%` }}
              aria-hidden="true"
            />
            <span className={styles.value}>{bar.value}</span>
            <span className={styles.label}>{bar.label}</span>
          </li>
        ))}
      </ol>
    </figure>
  )
}
