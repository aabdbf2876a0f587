import { z } from 'zod'
import type { ReportPage } from '../../model'
import { TemplateFileError } from './template-error'
import { attr, childElements, findElements, firstChild, type XmlElement } from './template-xml'

/** Twips: 1/1440 inch. A page from a business card (2") to a plotter sheet (22") is accepted. */
const side = z.coerce.number().int().min(2880).max(31680)
const margin = z.coerce.number().int().min(0).max(15840)

const pageSchema = z
  .object({
    width: side,
    height: side,
    margin: z.object({
      top: z.coerce.number().int().min(-15840).max(15840).transform(Math.abs),
      right: margin,
      bottom: z.coerce.number().int().min(-15840).max(15840).transform(Math.abs),
      left: margin,
      header: margin,
      footer: margin,
    }),
  })
  // Room for text: at least an inch each way between the margins.
  .refine((p) => p.width - p.margin.left - p.margin.right >= 1440)
  .refine((p) => p.height - p.margin.top - p.margin.bottom >= 1440)

/**
 * The page of the template's body: its last section's size and margins (a negative top or
 * bottom margin, "exactly this far even if the header is taller", is taken as its size).
 * Undefined when the template states no page; refused when the page leaves no room for text.
 */
export function templatePage(body: XmlElement): ReportPage | undefined {
  const sections = findElements(body, 'sectPr')
  const last = sections[sections.length - 1]
  const size = last && firstChild(last, 'pgSz')
  const margins = last && firstChild(last, 'pgMar')
  if (!size || !margins) return undefined
  const value = (element: XmlElement, name: string, fallback: number) =>
    attr(element, name) ?? String(fallback)
  const parsed = pageSchema.safeParse({
    width: attr(size, 'w'),
    height: attr(size, 'h'),
    margin: {
      top: value(margins, 'top', 1440),
      right: value(margins, 'right', 1440),
      bottom: value(margins, 'bottom', 1440),
      left: value(margins, 'left', 1440),
      header: value(margins, 'header', 720),
      footer: value(margins, 'footer', 720),
    },
  })
  if (!parsed.success)
    throw new TemplateFileError(
      'page',
      'The template’s page size or margins leave no room for a report (or are not numbers Word writes). Check Layout → Margins and Size in Word and save it again.',
    )
  return parsed.data
}

/** The body element of the main document. */
export function bodyOf(document: XmlElement): XmlElement | undefined {
  return childElements(document, 'body')[0]
}
