import { Packer } from 'docx'
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
 * the package is then re-zipped with each stand-in replaced by the real bytes, stored as they are,
 * and only the XML deflated.
 */
export async function packReport(
  model: ReportModel,
  resolveMedia: MediaResolver,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const document = renderReportDocument(model, standInFor)
  const skeleton = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))

  const byId = new Map(model.media.map((media) => [media.id, media]))
  const placed = Object.keys(skeleton).filter((path) => path.startsWith('word/media/'))
  const entries: Zippable = {}
  for (const [path, bytes] of Object.entries(skeleton)) entries[path] = [bytes, { level: 6 }]
  for (const [done, path] of placed.entries()) {
    const media = byId.get(mediaIdOfStandIn(skeleton[path]!))
    if (!media) throw new Error(`The report package holds an image it cannot resolve: ${path}`)
    entries[path] = [await resolveMedia(media), { level: 0 }]
    onProgress?.(done + 1, placed.length)
  }
  // [Content_Types].xml first, as Word and most validators expect.
  const ordered: Zippable = {}
  for (const path of Object.keys(entries).sort(contentTypesFirst)) ordered[path] = entries[path]!
  return zipSync(ordered)
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
