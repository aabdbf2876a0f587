import type { ZipParts } from '../../../sheets/zip-parts'
import { internalRelationships } from './relationships'
import { TemplateFileError } from './template-error'
import { TEMPLATE_LIMITS } from './template-limits'
import { HEADER_CONTAINERS, pruneReferences, withoutLinkedFields, withoutNumbering } from './prune'
import {
  localName,
  parseTemplateXml,
  prefixesOf,
  RELATIONSHIPS_NS,
  serializePart,
} from './template-xml'

/** An image a template's header or footer shows, under the name it takes in the report. */
export interface TemplateImage {
  /** The relationship id the header or footer refers to it by. */
  relationshipId: string
  /** Its path in the report's package. */
  path: string
  bytes: Uint8Array
}

/** The template's header or footer, ready to stand in for the report's own. */
export interface TemplateHeaderFooter {
  /** The part's XML, with only images for relationships. */
  xml: string
  images: TemplateImage[]
}

/** Image formats Word shows in a header; each has its content type in the report's package. */
export const HEADER_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
}

/**
 * Reads a header or footer part. Its images are kept (renamed so they cannot collide with the
 * report's); every other relationship (hyperlinks, external images, embedded objects) is
 * dropped, and so is whatever refers to one. Fields that fetch something from outside
 * (INCLUDEPICTURE, LINK…) lose their instruction; list numbering is dropped (the report has
 * its own numbering definitions, not the template's).
 */
export function readHeaderFooter(
  parts: ZipParts,
  partPath: string,
  kind: 'header' | 'footer',
): TemplateHeaderFooter {
  const root = parseTemplateXml(parts.text(partPath) ?? '', partPath)
  if (localName(root.name) !== (kind === 'header' ? 'hdr' : 'ftr'))
    throw new TemplateFileError('damaged', `The template is damaged: ${partPath} is not a ${kind}.`)
  const images = internalRelationships(parts, partPath).filter(
    (rel) => rel.kind === 'image' && extensionOf(rel.path) in HEADER_IMAGE_TYPES,
  )
  if (images.length > TEMPLATE_LIMITS.maxImagesPerPart)
    throw new TemplateFileError(
      'too-large',
      `The template's ${kind} holds ${images.length} images; a report ${kind} may hold at most ${TEMPLATE_LIMITS.maxImagesPerPart}.`,
    )
  const renamed = new Map<string, TemplateImage>()
  for (const [i, rel] of images.entries()) {
    const name = `awbTemplate${kind === 'header' ? 'Header' : 'Footer'}${i + 1}`
    renamed.set(rel.id, {
      relationshipId: name,
      path: `word/media/${name}.${extensionOf(rel.path)}`,
      bytes: (parts.bytes(rel.path) ?? new Uint8Array()).slice(),
    })
  }
  const cleaned = withoutNumbering(
    withoutLinkedFields(
      pruneReferences(
        root,
        prefixesOf(root, RELATIONSHIPS_NS),
        (id) => renamed.get(id)?.relationshipId,
        HEADER_CONTAINERS,
      ),
    ),
  )
  return { xml: serializePart(cleaned), images: [...renamed.values()] }
}

const extensionOf = (path: string) => path.slice(path.lastIndexOf('.') + 1).toLowerCase()
