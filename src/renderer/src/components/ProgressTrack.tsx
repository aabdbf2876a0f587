/**
 * The bar of a progress indicator, with its accessible value. Without a value it is
 * indeterminate (nothing measured yet): screen readers hear `valueText`, the bar stays empty.
 */
export function ProgressTrack(props: {
  label: string
  value: number | undefined
  max: number
  valueText?: string
}) {
  const { label, value, max, valueText } = props
  const percent = value === undefined || max <= 0 ? 0 : Math.round((value / max) * 100)
  return (
    <div
      className="progress__track"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={{ width: `${percent}%` }} />
    </div>
  )
}
