/** Charts from scores, one module for the results screen and the Word report (PRODUCT.md §8, §9). */

export { outcomeNote, outcomeScoreChart, sectionComparisonChart, sectionLabel } from './chart-data'
export type { BarChart, BarStyle, ChartBar } from './chart-data'
export { barChartSize, escapeXml, renderBarChartSvg, svgDataUrl } from './render-svg'
export type { SvgOptions } from './render-svg'
