import type { ReportBlock } from '@core/report/model'

export interface ContentsEntry {
  level: 1 | 2
  text: string
  /** The heading's element id in the rendered document, linked to from the contents. */
  anchor: string
}

/**
 * The contents of a report as Word's contents field lists them (headings of levels 1 and 2, in
 * order), each with the id its heading carries in the HTML document.
 */
export function contentsOf(body: readonly ReportBlock[]): {
  entries: ContentsEntry[]
  anchors: Map<ReportBlock, string>
} {
  const entries: ContentsEntry[] = []
  const anchors = new Map<ReportBlock, string>()
  for (const block of body) {
    if (block.kind !== 'heading' || block.level > 2) continue
    const anchor = `report-heading-${entries.length + 1}`
    entries.push({ level: block.level as 1 | 2, text: block.text, anchor })
    anchors.set(block, anchor)
  }
  return { entries, anchors }
}

/**
 * The body cut into sheets where the printed report starts a new page (a page break, or a
 * heading that starts on a new page), so the screen shows page-like sheets in the same places.
 */
export function sheetsOf(body: readonly ReportBlock[]): ReportBlock[][] {
  const sheets: ReportBlock[][] = [[]]
  for (const block of body) {
    const current = sheets[sheets.length - 1] as ReportBlock[]
    if (block.kind === 'pageBreak') {
      if (current.length > 0) sheets.push([])
      continue
    }
    if (block.kind === 'heading' && block.pageBreakBefore && current.length > 0) {
      sheets.push([block])
      continue
    }
    current.push(block)
  }
  return sheets.filter((sheet) => sheet.length > 0)
}
