import type { ReportPage } from '../../model'

const PAPER: ReadonlyArray<{ name: string; width: number; height: number }> = [
  { name: 'A4', width: 11906, height: 16838 },
  { name: 'Letter', width: 12240, height: 15840 },
  { name: 'Legal', width: 12240, height: 20160 },
  { name: 'A3', width: 16838, height: 23811 },
  { name: 'A5', width: 8391, height: 11906 },
]

/** Word rounds a paper's size to whole twips; a few either way is still that paper. */
const TOLERANCE = 20

const mm = (twips: number) => Math.round((twips / 1440) * 25.4)

/** The page as a person names it: "Letter", "A4 landscape", or its size in millimetres. */
export function pageName(page: Pick<ReportPage, 'width' | 'height'>): string {
  const short = Math.min(page.width, page.height)
  const long = Math.max(page.width, page.height)
  const paper = PAPER.find(
    (p) => Math.abs(p.width - short) <= TOLERANCE && Math.abs(p.height - long) <= TOLERANCE,
  )
  const landscape = page.width > page.height ? ' landscape' : ''
  return paper ? `${paper.name}${landscape}` : `${mm(page.width)} × ${mm(page.height)} mm`
}
