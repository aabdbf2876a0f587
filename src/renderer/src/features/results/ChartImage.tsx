import { useMemo } from 'react'
import { barChartSize, renderBarChartSvg, svgDataUrl, type BarChart } from '@core/charts'

/**
 * A chart drawn by the core chart module, shown as the very SVG the report embeds. As an image
 * its text is not in the page, so its alternative text names every bar with its value.
 */
export function ChartImage({ chart, width = 880 }: { chart: BarChart; width?: number }) {
  const svg = useMemo(() => renderBarChartSvg(chart, { width }), [chart, width])
  const size = barChartSize(chart, { width })
  return (
    <img
      className="chart-image"
      src={svgDataUrl(svg)}
      alt={chart.altText}
      width={size.width}
      height={size.height}
    />
  )
}
