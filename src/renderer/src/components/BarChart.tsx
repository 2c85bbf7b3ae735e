import { useEffect, useState } from 'react'
import clsx from 'clsx'
import ui from '../styles/ui.module.css'
import styles from './BarChart.module.css'

/** At most this many axis labels, so they never run into each other. */
const maxLabels = 8

/** True while the element's content is wider than its box (the chart has to scroll). */
function useOverflows(element: HTMLElement | null, count: number): boolean {
  const [overflows, setOverflows] = useState(false)
  useEffect(() => {
    if (!element) return
    const check = (): void => setOverflows(element.scrollWidth > element.clientWidth + 1)
    check()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(check)
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, count])
  return overflows
}

/**
 * A simple bar chart that fits its box; each bar's number is printed too, so nothing depends
 * on seeing heights. With very many bars it scrolls sideways and says so. `axis` names what
 * the labels are (for times: their zone).
 */
export function BarChart(props: {
  caption: string
  bars: ReadonlyArray<{ key: string; value: number; label: string }>
  axis?: string
  testId?: string
}) {
  const most = Math.max(1, ...props.bars.map((bar) => bar.value))
  const every = Math.max(1, Math.ceil(props.bars.length / maxLabels))
  const [element, setElement] = useState<HTMLOListElement | null>(null)
  const overflows = useOverflows(element, props.bars.length)
  return (
    <figure className={clsx(ui.card, styles.chart)} data-testid={props.testId}>
      <figcaption>{props.caption}</figcaption>
      {/* Focusable so keyboard users can scroll a long chart sideways. */}
      <ol
        ref={setElement}
        className={clsx(styles.bars, overflows && styles.scrolls)}
        tabIndex={0}
        aria-label={props.caption}
      >
        {props.bars.map((bar, index) => (
          <li key={bar.key} className={styles.item}>
            <span
              className={styles.bar}
              style={{ height: `${Math.round((bar.value / most) * 100)}%` }}
              aria-hidden="true"
            />
            <span className={styles.value}>{bar.value}</span>
            <span className={clsx(styles.label, index % every !== 0 && styles.quiet)}>
              {bar.label}
            </span>
          </li>
        ))}
      </ol>
      <p className={styles.axis}>
        {props.axis}
        {overflows ? (
          <span className={styles.cue} data-testid="chart-scroll-cue">
            {' '}
            Scroll sideways to see all {props.bars.length} bars <span aria-hidden="true">→</span>
          </span>
        ) : null}
      </p>
    </figure>
  )
}
