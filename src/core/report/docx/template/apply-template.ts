import { strFromU8, strToU8 } from 'fflate'
import { HEADER_IMAGE_TYPES, type TemplateHeaderFooter } from './header-footer'
import type { WordTemplate } from './read-template'
import { mergeStyles } from './template-styles'
import { parseTemplateXml, serializePart } from './template-xml'

type PackageParts = Record<string, Uint8Array>

const IMAGE_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'

/**
 * Dresses the report's package in the firm's template: the template's styles wherever both
 * define a style id (ours only for what it lacks), its theme, and its default header and footer
 * with their images in place of ours. The page size is the model's (`packReport` sets it from
 * the template before the body is laid out).
 */
export function applyTemplate(parts: PackageParts, template: WordTemplate): void {
  const ours = parseTemplateXml(text(parts, 'word/styles.xml'), 'word/styles.xml')
  parts['word/styles.xml'] = strToU8(serializePart(mergeStyles(template.styles, ours)))
  if (template.theme && parts['word/theme/theme1.xml'])
    parts['word/theme/theme1.xml'] = strToU8(serializePart(template.theme))
  if (template.header) replacePart(parts, 'header', template.header)
  if (template.footer) replacePart(parts, 'footer', template.footer)
}

/** Our header (or footer) part, as document.xml.rels names it, replaced by the template's. */
function replacePart(
  parts: PackageParts,
  kind: 'header' | 'footer',
  replacement: TemplateHeaderFooter,
): void {
  const rels = text(parts, 'word/_rels/document.xml.rels')
  const target = new RegExp(`relationships/${kind}" Target="([^"]+)"`).exec(rels)?.[1]
  if (!target) throw new Error(`The Word package has no ${kind} to replace.`)
  const path = `word/${target}`
  parts[path] = strToU8(replacement.xml)
  parts[`word/_rels/${target}.rels`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      replacement.images
        .map(
          (image) =>
            `<Relationship Id="${image.relationshipId}" Type="${IMAGE_RELATIONSHIP}" Target="${image.path.replace(/^word\//, '')}"/>`,
        )
        .join('') +
      '</Relationships>',
  )
  for (const image of replacement.images) {
    parts[image.path] = image.bytes
    addDefaultContentType(parts, image.path.slice(image.path.lastIndexOf('.') + 1))
  }
}

/** A content type for an image extension the package does not declare yet. */
function addDefaultContentType(parts: PackageParts, extension: string): void {
  const types = text(parts, '[Content_Types].xml')
  if (new RegExp(`Extension="${extension}"`, 'i').test(types)) return
  const contentType = HEADER_IMAGE_TYPES[extension]
  if (!contentType) throw new Error(`A header image has no content type (${extension}).`)
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`,
    ),
  )
}

function text(parts: PackageParts, path: string): string {
  const data = parts[path]
  if (data === undefined) throw new Error(`The Word package has no ${path}.`)
  return strFromU8(data)
}
