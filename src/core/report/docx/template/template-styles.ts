import { TemplateFileError } from './template-error'
import { withoutNumbering } from './prune'
import {
  attr,
  childElements,
  filterTree,
  firstChild,
  localName,
  type XmlElement,
  WORDML_NS,
} from './template-xml'

/** The template's styles part, cleaned, and the ids of the styles it defines. */
export interface TemplateStyles {
  root: XmlElement
  ids: ReadonlySet<string>
}

/**
 * The template's styles: everything its styles part holds (document defaults, latent styles,
 * every style) but numbering — list styles and the list numbers of paragraph styles refer to
 * the template's numbering part, which the report does not carry. Its root binds `w` to
 * WordprocessingML, so the report's own styles can be added to it as they are written.
 */
export function readTemplateStyles(root: XmlElement, partPath: string): TemplateStyles {
  if (localName(root.name) !== 'styles')
    throw new TemplateFileError('damaged', `The template is damaged: ${partPath} holds no styles.`)
  const bound = root.attrs['xmlns:w']
  if (bound !== undefined && bound !== WORDML_NS)
    throw new TemplateFileError(
      'not-word',
      'The template writes its styles in a form Word does not (its “w” prefix is not WordprocessingML). Save it again from Word.',
    )
  const cleaned = withoutNumbering(
    filterTree(root, (child) => !(isStyle(child) && attr(child, 'type') === 'numbering')),
  )
  cleaned.attrs = { ...cleaned.attrs, 'xmlns:w': WORDML_NS }
  const ids = new Set(
    childElements(cleaned, 'style').flatMap((style) => attr(style, 'styleId') ?? []),
  )
  return { root: cleaned, ids }
}

const isStyle = (element: XmlElement) => localName(element.name) === 'style'

/**
 * The report's styles merged into the template's: every style the template defines is the
 * template's, the report's own are added only for the ids it lacks (a report style never takes
 * the default role from the template's default of its type).
 */
export function mergeStyles(template: TemplateStyles, ours: XmlElement): XmlElement {
  const defaults = new Set(
    childElements(template.root, 'style')
      .filter((style) => isDefault(style))
      .map((style) => attr(style, 'type')),
  )
  const missing = childElements(ours, 'style')
    .filter((style) => !template.ids.has(attr(style, 'styleId') ?? ''))
    .map((style) => {
      if (!isDefault(style) || !defaults.has(attr(style, 'type'))) return style
      const attrs = { ...style.attrs }
      delete attrs['w:default']
      return { ...style, attrs }
    })
  return { ...template.root, children: [...template.root.children, ...missing] }
}

const isDefault = (style: XmlElement) => ['1', 'true', 'on'].includes(attr(style, 'default') ?? '')

/** A style by id. */
export function styleById(styles: XmlElement, id: string): XmlElement | undefined {
  return childElements(styles, 'style').find((style) => attr(style, 'styleId') === id)
}

/** The run fonts a style states itself (`w:rPr/w:rFonts`). */
export function ownRunFonts(style: XmlElement | undefined): XmlElement | undefined {
  const runProperties = style && firstChild(style, 'rPr')
  return runProperties && firstChild(runProperties, 'rFonts')
}
