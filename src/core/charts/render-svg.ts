import type { BarChart, ChartBar } from './chart-data'

/**
 * A bar chart as a self-contained SVG document, built as a string (no DOM), so the same bytes
 * can be shown in the app and embedded in the report. Horizontal bars, because section and
 * outcome names are long. Readable in grey scale: fills differ by pattern (solid, hatched,
 * none), every bar has its value and its note (level, achieved or not) in text, and the threshold is a dashed line with
 * its own label. Deterministic: the same chart gives the same string.
 */

export interface SvgOptions {
  /** Total width in px; the height follows from the number of bars. */
  width?: number
  /** Draw the chart's title inside the image (for the report); the screen has its own heading. */
  showTitle?: boolean
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
const INK = '#1c2430'
const INK_SOFT = '#4a5668'
const GRID = '#c9d0d9'
const SOLID = '#2f4f6f'
const HATCH_BACK = '#e4e8ed'

const DEFAULT_WIDTH = 720
const PAD = 16
const LABEL_WIDTH = 210
/** Room after a full bar for its value ("100%", "not scored"). */
const TEXT_AFTER_BAR = 84
const ROW = 44
const BAR = 20
const TITLE_SPACE = 30
const TOP_SPACE = 22
const AXIS_SPACE = 46
/** Average advance of a 13 px sans-serif character, for truncating labels. */
const CHAR_WIDTH = 7

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

const round = (n: number) => Math.round(n * 10) / 10

function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text)
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`
}

function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-')
}

function barShape(bar: ChartBar, x: number, y: number, width: number, ids: { hatch: string }) {
  // Nothing to score: no bar at all, only the words "not scored" where it would start.
  if (bar.style === 'empty' || bar.value === null) return ''
  const fill = bar.style === 'hatched' ? `url(#${ids.hatch})` : SOLID
  // A zero bar is still a visible sliver, so "0%" is never read as "missing".
  const w = round(Math.max(width, 2))
  return `<rect x="${x}" y="${y}" width="${w}" height="${BAR}" fill="${fill}" stroke="${INK}" stroke-width="1"/>`
}

/** The image's size in px: the width asked for, the height its bars need. */
export function barChartSize(
  chart: BarChart,
  options: SvgOptions = {},
): { width: number; height: number } {
  const width = options.width ?? DEFAULT_WIDTH
  const top = PAD + (options.showTitle ? TITLE_SPACE : 0) + TOP_SPACE
  return { width, height: top + chart.bars.length * ROW + AXIS_SPACE + PAD }
}

export function renderBarChartSvg(chart: BarChart, options: SvgOptions = {}): string {
  const { width, height } = barChartSize(chart, options)
  const showTitle = options.showTitle ?? false
  const id = safeId(chart.id)
  const ids = { title: `${id}-title`, desc: `${id}-desc`, hatch: `${id}-hatch` }
  const top = PAD + (showTitle ? TITLE_SPACE : 0) + TOP_SPACE
  const plotLeft = PAD + LABEL_WIDTH
  const plotWidth = width - plotLeft - TEXT_AFTER_BAR - PAD
  const plotHeight = chart.bars.length * ROW
  const x = (value: number) =>
    round(plotLeft + (plotWidth * Math.min(100, Math.max(0, value))) / 100)
  const maxLabelChars = Math.floor((LABEL_WIDTH - 12) / CHAR_WIDTH)
  const maxNoteChars = Math.floor((LABEL_WIDTH - 12) / (CHAR_WIDTH * 0.9))

  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="${escapeXml(FONT)}">`,
    `<title id="${ids.title}">${escapeXml(chart.title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(chart.altText)}</desc>`,
    '<defs>',
    `<pattern id="${ids.hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">`,
    `<rect width="6" height="6" fill="${HATCH_BACK}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK_SOFT}" stroke-width="2.5"/>`,
    '</pattern>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  )
  if (showTitle) {
    parts.push(
      `<text x="${PAD}" y="${PAD + 16}" font-size="16" font-weight="700" fill="${INK}">${escapeXml(chart.title)}</text>`,
    )
  }

  // Grid and axis: 0, 25, 50, 75, 100 %.
  const axisY = top + plotHeight
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${x(tick)}" y1="${top - 6}" x2="${x(tick)}" y2="${axisY}" stroke="${GRID}" stroke-width="1"/>`,
      `<text x="${x(tick)}" y="${axisY + 16}" font-size="12" fill="${INK_SOFT}" text-anchor="middle">${tick}%</text>`,
    )
  }
  parts.push(
    `<line x1="${plotLeft}" y1="${axisY}" x2="${x(100)}" y2="${axisY}" stroke="${INK_SOFT}" stroke-width="1"/>`,
    `<text x="${round(plotLeft + plotWidth / 2)}" y="${axisY + 36}" font-size="12" fill="${INK_SOFT}" text-anchor="middle">${escapeXml(chart.axisTitle)}</text>`,
  )

  // Each row: the label with its note under it, the bar, and the value at the bar's end.
  chart.bars.forEach((bar, i) => {
    const rowTop = top + i * ROW
    const barY = round(rowTop + (ROW - BAR) / 2)
    const barEnd = bar.value === null ? plotLeft : x(bar.value)
    const valueX = round(Math.max(barEnd, plotLeft + 2) + 8)
    parts.push(
      `<g>`,
      `<title>${escapeXml(`${bar.label}: ${bar.valueText}, ${bar.note}`)}</title>`,
      `<text x="${plotLeft - 12}" y="${round(rowTop + 19)}" font-size="13" font-weight="600" fill="${INK}" text-anchor="end">${escapeXml(truncate(bar.label, maxLabelChars))}</text>`,
      `<text x="${plotLeft - 12}" y="${round(rowTop + 35)}" font-size="11.5" fill="${INK_SOFT}" text-anchor="end">${escapeXml(truncate(bar.note, maxNoteChars))}</text>`,
      barShape(bar, plotLeft, barY, barEnd - plotLeft, ids),
      `<text x="${valueX}" y="${round(rowTop + ROW / 2 + 4.5)}" font-size="13" font-weight="700" fill="${INK}"${bar.value === null ? ' font-style="italic"' : ''}>${escapeXml(bar.valueText)}</text>`,
      `</g>`,
    )
  })

  if (chart.reference) {
    const rx = x(chart.reference.value)
    parts.push(
      `<line x1="${rx}" y1="${top - 8}" x2="${rx}" y2="${axisY + 4}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<text x="${rx}" y="${top - 12}" font-size="12" font-weight="700" fill="${INK}" text-anchor="middle">${escapeXml(chart.reference.label)}</text>`,
    )
  }
  parts.push('</svg>')
  return parts.join('')
}

/** The SVG as a `data:` URL for an <img> (the renderer's CSP allows `data:` images). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
