import type { EvidenceItem } from './model'

/**
 * What kind of bytes an evidence item holds. The desktop bridge hands over a file's name and
 * bytes only, and a browser's `File.type` is a guess from the extension, so the type is read
 * from the bytes' signature first, then from the declared type, then from the extension.
 */

const BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  avif: 'image/avif',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  html: 'text/html',
  htm: 'text/html',
  eml: 'message/rfc822',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
}

export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream'

/** The usual extension of a media type the app knows (the first one listed above), lower case. */
export function extensionForMediaType(mediaType: string): string | undefined {
  const type = mediaType.trim().toLowerCase()
  return Object.keys(BY_EXTENSION).find((extension) => BY_EXTENSION[extension] === type)
}

/** The media type for a file name's extension, if it is a common one. */
export function mediaTypeFromName(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0 || dot === fileName.length - 1) return undefined
  return BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()]
}

const startsWith = (head: Uint8Array, signature: readonly number[], at = 0): boolean =>
  head.length >= at + signature.length && signature.every((byte, i) => head[at + i] === byte)

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0))

/** The media type told by the first bytes of a file, for the types the app previews. */
export function sniffMediaType(head: Uint8Array): string | undefined {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(head, ascii('BM')) && head.length >= 14) return 'image/bmp'
  return undefined
}

/** Bytes enough for `sniffMediaType`. */
export const SNIFF_BYTES = 16

export function resolveMediaType(input: {
  fileName: string
  head: Uint8Array
  declared?: string | undefined
}): string {
  const declared = input.declared?.trim().toLowerCase()
  return (
    sniffMediaType(input.head) ??
    (declared && declared !== UNKNOWN_MEDIA_TYPE ? declared : undefined) ??
    mediaTypeFromName(input.fileName) ??
    UNKNOWN_MEDIA_TYPE
  )
}

/** Image types the browser can decode into renditions (not SVG: it is a document, not pixels). */
const RENDERABLE_IMAGES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/avif',
])

export function isRenderableImage(mediaType: string): boolean {
  return RENDERABLE_IMAGES.has(mediaType.toLowerCase())
}

/** How the app shows and filters an item. */
export const EVIDENCE_CATEGORIES = ['image', 'pdf', 'link', 'snippet', 'file'] as const
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number]

export const CATEGORY_LABELS: Record<EvidenceCategory, string> = {
  image: 'Images and screenshots',
  pdf: 'PDFs',
  link: 'Links',
  snippet: 'Text snippets',
  file: 'Other files',
}

export function evidenceCategory(
  item: Pick<EvidenceItem, 'kind' | 'mediaType' | 'renditions'>,
): EvidenceCategory {
  if (item.kind === 'link') return 'link'
  if (item.kind === 'snippet') return 'snippet'
  if (item.renditions.length > 0 || item.kind === 'screenshot') return 'image'
  if (item.mediaType === 'application/pdf') return 'pdf'
  return 'file'
}

/** A short, human name for a media type: "PNG image", "PDF document", "Word document". */
export function describeMediaType(mediaType: string): string {
  const known: Record<string, string> = {
    'image/jpeg': 'JPEG image',
    'application/pdf': 'PDF document',
    'text/plain': 'Text',
    'text/uri-list': 'Link',
    'text/csv': 'CSV table',
    'application/json': 'JSON',
    'application/zip': 'Zip archive',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation':
      'PowerPoint presentation',
    [UNKNOWN_MEDIA_TYPE]: 'File',
  }
  const name = known[mediaType]
  if (name) return name
  const [top, sub = ''] = mediaType.split('/')
  const subtype = sub
    .replace(/^(x-|vnd\.)/, '')
    .replace(/\+xml$/, '')
    .toUpperCase()
  if (top === 'image') return `${subtype} image`
  if (top === 'video') return `${subtype} video`
  if (top === 'audio') return `${subtype} audio`
  return subtype ? `${subtype} file` : 'File'
}
