import { Packer, type Document } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import type { ReportMedia, ReportModel } from '../model'
import { renderReportDocument } from './render-document'

export type MediaResolver = (media: ReportMedia) => Promise<Uint8Array> | Uint8Array

/**
 * Packs the report into .docx bytes.
 *
 * Why not `Packer` alone: it hashes every image's bytes (SHA-1, to name the media part) and
 * deflates them again, although JPEG and PNG are already compressed — with hundreds of photos that
 * is most of the export's time. So docx is given a small stand-in per image, naming the image;
 * the package is then zipped with each stand-in replaced by the real bytes, stored as they are,
 * and only the XML deflated, once.
 */
export async function packReport(
  model: ReportModel,
  resolveMedia: MediaResolver,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const document = renderReportDocument(model, standInFor)
  const skeleton = await packageParts(document)

  const byId = new Map(model.media.map((media) => [media.id, media]))
  const placed = Object.keys(skeleton).filter((path) => path.startsWith('word/media/'))
  const entries: Zippable = {}
  for (const [path, bytes] of Object.entries(skeleton))
    entries[path] = [bytes, { level: XML_LEVEL }]
  const images = placed.map((path) => {
    const media = byId.get(mediaIdOfStandIn(skeleton[path]!))
    if (!media) throw new Error(`The report package holds an image it cannot resolve: ${path}`)
    return { path, media }
  })
  // A few images read at once: the reads wait on storage, not on this thread.
  let done = 0
  for (let i = 0; i < images.length; i += IMAGES_AT_ONCE) {
    const batch = images.slice(i, i + IMAGES_AT_ONCE)
    const bytes = await Promise.all(batch.map(({ media }) => resolveMedia(media)))
    batch.forEach(({ path }, j) => {
      entries[path] = [bytes[j]!, { level: 0 }]
      onProgress?.(++done, images.length)
    })
  }
  // [Content_Types].xml first, as Word and most validators expect.
  const ordered: Zippable = {}
  for (const path of Object.keys(entries).sort(contentTypesFirst)) ordered[path] = entries[path]!
  return zipSync(ordered)
}

/**
 * The XML is deflated once, here, at a fast level: on a large audit the XML is megabytes, and a
 * higher level spends several times longer for a file a few percent smaller.
 */
const XML_LEVEL = 1
const IMAGES_AT_ONCE = 8

type PackageFiles = Map<string, string | Uint8Array | ArrayBuffer>
export interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: []): PackageFiles
}

/** docx's compiler, which `Packer` calls; undefined if a docx update moves it. */
export function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined
}

/**
 * The package's parts, uncompressed. `Packer` zips them (deflating all the XML) only for them to
 * be unzipped here and zipped again; docx's compiler, which `Packer` calls, gives them as they
 * are. It is not public API, so without it the parts come from `Packer` again.
 */
export async function packageParts(
  document: Document,
  compiler: DocxCompiler | undefined = docxCompiler(),
): Promise<Record<string, Uint8Array>> {
  if (!compiler) return unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))
  const parts: Record<string, Uint8Array> = {}
  for (const [path, data] of compiler.compile(document, undefined, []))
    parts[path] =
      typeof data === 'string'
        ? strToU8(data)
        : data instanceof Uint8Array
          ? data
          : new Uint8Array(data)
  return parts
}

const STAND_IN_PREFIX = 'audit-workbook-media:'

/** A few unique bytes that stand in for an image while docx builds the document. */
function standInFor(media: ReportMedia): Uint8Array {
  return strToU8(STAND_IN_PREFIX + media.id)
}

function mediaIdOfStandIn(bytes: Uint8Array): string {
  const text = bytes.length < 512 ? strFromU8(bytes) : ''
  return text.startsWith(STAND_IN_PREFIX) ? text.slice(STAND_IN_PREFIX.length) : ''
}

function contentTypesFirst(a: string, b: string): number {
  const rank = (path: string) => (path === '[Content_Types].xml' ? 0 : 1)
  return rank(a) - rank(b) || a.localeCompare(b)
}
