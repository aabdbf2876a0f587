import type { Severity } from '../../findings/model'
import type { CellTone, TableCell } from '../model'
import type { ReportText } from '../text/report-text'

export function text(value: string, tone?: CellTone): TableCell {
  return { spans: [{ text: value }], ...(tone ? { tone } : {}) }
}

const SEVERITY_TONES: Record<Severity, CellTone> = {
  critical: 'bad',
  high: 'bad',
  medium: 'warn',
  low: 'neutral',
}

/** The severity in words, bold, on a shade: readable without colour. */
export function severityCell(severity: Severity, words: ReportText): TableCell {
  return {
    spans: [{ text: words.severities[severity], bold: true }],
    tone: SEVERITY_TONES[severity],
  }
}
