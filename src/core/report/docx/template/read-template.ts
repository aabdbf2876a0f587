import type { ReportPage } from '../../model'
import { SheetFileError } from '../../../sheets/sheet-file-error'
import { openZipParts, type ZipParts } from '../../../sheets/zip-parts'
import { formatByteSize } from '../../../text/byte-size'
import { readHeaderFooter, type TemplateHeaderFooter } from './header-footer'
import { pruneReferences, THEME_CONTAINERS } from './prune'
import { internalRelationships, type InternalRelationship } from './relationships'
import { fontOfStyle, themeFonts, type TemplateFonts } from './template-fonts'
import { TemplateFileError } from './template-error'
import { TEMPLATE_LIMITS } from './template-limits'
import { bodyOf, templatePage } from './template-page'
import { readTemplateStyles, type TemplateStyles } from './template-styles'
import {
  attr,
  childElements,
  localName,
  parseTemplateXml,
  prefixesOf,
  RELATIONSHIPS_NS,
  type XmlElement,
} from './template-xml'

/** What a report takes from the firm's Word template; every part checked and cleaned. */
export interface WordTemplate {
  styles: TemplateStyles
  /** The theme (fonts and colours), without any picture fill it pointed at. */
  theme?: XmlElement
  /** Undefined when the template states no page: the report keeps its own. */
  page?: ReportPage
  header?: TemplateHeaderFooter
  footer?: TemplateHeaderFooter
  fonts: TemplateFonts
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
]

/**
 * Reads a .docx or .dotx as hostile input: the zip judged by its directory before anything is
 * inflated, macro-enabled files refused, only the parts a report uses read (styles, theme, the
 * body's last section, its default header and footer and their images), external relationships
 * never followed. Throws a TemplateFileError whose message says what to do.
 */
export function readWordTemplate(bytes: Uint8Array): WordTemplate {
  if (bytes.length > TEMPLATE_LIMITS.maxFileBytes)
    throw new TemplateFileError(
      'too-large',
      `The template is ${formatByteSize(bytes.length)}, larger than the ${formatByteSize(TEMPLATE_LIMITS.maxFileBytes)} a Word template may be. Remove large pictures from it and save it again.`,
    )
  try {
    return readParts(openZipParts(bytes, TEMPLATE_LIMITS))
  } catch (error) {
    throw error instanceof SheetFileError ? fromZipError(error) : error
  }
}

function readParts(parts: ZipParts): WordTemplate {
  refuseMacros(parts)
  const mainPath = mainDocumentPath(parts)
  const body = bodyOf(parseTemplateXml(parts.text(mainPath) ?? '', mainPath))
  if (!body) throw new TemplateFileError('damaged', 'The template is damaged: it has no body.')
  const rels = internalRelationships(parts, mainPath)
  const byKind = (kind: string) => rels.find((rel) => rel.kind === kind)

  const stylesRel = byKind('styles')
  if (!stylesRel)
    throw new TemplateFileError(
      'not-word',
      'The template has no styles, which is what a report takes from it. Choose the firm’s .dotx or .docx.',
    )
  const styles = readTemplateStyles(
    parseTemplateXml(parts.text(stylesRel.path) ?? '', stylesRel.path),
    stylesRel.path,
  )
  const theme = readTheme(parts, byKind('theme'))
  const page = templatePage(body)
  const header = defaultReference(body, 'header', rels)
  const footer = defaultReference(body, 'footer', rels)
  return {
    styles,
    ...(theme ? { theme } : {}),
    ...(page ? { page } : {}),
    ...(header ? { header: readHeaderFooter(parts, header.path, 'header') } : {}),
    ...(footer ? { footer: readHeaderFooter(parts, footer.path, 'footer') } : {}),
    fonts: {
      headings: fontOfStyle(styles.root, theme, 'Heading1') ?? themeFonts(theme).major,
      body: fontOfStyle(styles.root, theme, 'Normal'),
    },
  }
}

function refuseMacros(parts: ZipParts): void {
  const types = parts.text('[Content_Types].xml')
  if (types === undefined)
    throw new TemplateFileError(
      'not-word',
      'The file is not a Word document or template. Choose a .dotx or .docx.',
    )
  const macroPart = parts.names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))
  if (macroPart || /macroEnabled|vbaProject/i.test(types))
    throw new TemplateFileError(
      'macros',
      'The template contains macros (a .dotm or .docm), which Audit Workbook never opens. Save it in Word as a Word Template (.dotx) without macros and import that.',
    )
}

/** The main document, found as Word finds it: through the package's relationships. */
function mainDocumentPath(parts: ZipParts): string {
  const main = internalRelationships(parts, '').find((rel) => rel.kind === 'officeDocument')
  const types = parseTemplateXml(parts.text('[Content_Types].xml') ?? '', '[Content_Types].xml')
  const type = childElements(types, 'Override').find(
    (override) => attr(override, 'PartName') === `/${main?.path}`,
  )
  if (!main || !MAIN_TYPES.includes(attr(type, 'ContentType') ?? ''))
    throw new TemplateFileError(
      'not-word',
      'The file is not a Word document or template (it may be a spreadsheet or a presentation). Choose a .dotx or .docx.',
    )
  return main.path
}

function readTheme(parts: ZipParts, rel: InternalRelationship | undefined): XmlElement | undefined {
  if (!rel) return undefined
  const root = parseTemplateXml(parts.text(rel.path) ?? '', rel.path)
  if (localName(root.name) !== 'theme') return undefined
  // The theme's own relationships (picture fills) are not carried: what refers to them goes.
  return pruneReferences(
    root,
    prefixesOf(root, RELATIONSHIPS_NS),
    () => undefined,
    THEME_CONTAINERS,
  )
}

/** The default header or footer the body's last section names, if its part is in the package. */
function defaultReference(
  body: XmlElement,
  kind: 'header' | 'footer',
  rels: readonly InternalRelationship[],
): InternalRelationship | undefined {
  const sections = childElements(body, 'sectPr')
  const reference = sections
    .flatMap((section) => childElements(section, `${kind}Reference`))
    .find((ref) => (attr(ref, 'type') ?? 'default') === 'default')
  const id = attr(reference, 'id')
  return rels.find((rel) => rel.id === id && rel.kind === kind)
}

function fromZipError(error: SheetFileError): TemplateFileError {
  switch (error.code) {
    case 'zip-bomb':
      return new TemplateFileError(
        'zip-bomb',
        'The template was refused: one of its parts would expand far beyond its size, as a zip bomb does.',
      )
    case 'too-large':
      return new TemplateFileError(
        'too-large',
        `The template was refused: it holds more (or larger) parts than a Word template needs (at most ${formatByteSize(TEMPLATE_LIMITS.maxPartBytes)} a part).`,
      )
    case 'not-spreadsheet':
      return new TemplateFileError(
        'not-word',
        'The file is not a Word document or template, or it is incomplete (a password-protected document cannot be read either). Choose a .dotx or .docx.',
      )
    default:
      return new TemplateFileError(
        'damaged',
        'The template is damaged. Open it in Word, save it again as .dotx or .docx, and import that.',
      )
  }
}
