/** A simple bar chart; each bar's number is printed too, so nothing depends on seeing heights. */
export function BarChart(props: {
  caption: string
  bars: ReadonlyArray<{ key: string; value: number; label: string }>
  testId?: string
}) {
  const most = Math.max(1, ...props.bars.map((bar) => bar.value))
  return (
    <figure className="bar-chart" data-testid={props.testId}>
      <figcaption>{props.caption}</figcaption>
      {/* Focusable so keyboard users can scroll a long chart sideways. */}
      <ol className="bars" tabIndex={0} aria-label={props.caption}>
        {props.bars.map((bar) => (
          <li key={bar.key} className="bar-item">
            <span
              className="bar"
              style={{ height: `${Math.round((bar.value / most) * 100)}%` }}
              aria-hidden="true"
            />
            <span className="bar-value">{bar.value}</span>
            <span className="bar-label">{bar.label}</span>
          </li>
        ))}
      </ol>
    </figure>
  )
}
