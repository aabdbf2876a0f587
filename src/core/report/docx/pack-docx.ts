import { Packer, type Document } from 'docx'
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate'
import { memorySink, StreamZip, type ZipSink } from '../../zip/stream-zip'
import type { ReportMedia, ReportModel } from '../model'
import { addListsAndLinks } from './package-lists-and-links'
import { renderReportDocument, SLOT_PARAGRAPH } from './render-document'
import { TABLE_STYLES_XML } from './styles'
import { applyTemplate } from './template/apply-template'
import type { WordTemplate } from './template/read-template'
import type { PlacedImage } from './wordml/write-context'

export type MediaResolver = (media: ReportMedia) => Promise<Uint8Array> | Uint8Array

export interface PackOptions {
  /** Milliseconds since the epoch: the date of every part in the package. */
  now: number
  onProgress?: (done: number, total: number) => void
  /**
   * Raw deflate for the XML parts. By default fflate's, at its fastest level; a browser can pass
   * its own zlib (CompressionStream), which is native and needs no warming up in a new worker.
   */
  deflateRaw?: (bytes: Uint8Array) => Promise<Uint8Array>
  /** The firm's Word template: its styles, theme, page, header and footer dress the report. */
  template?: WordTemplate
}

const fflateDeflateRaw = (bytes: Uint8Array) => Promise.resolve(deflateSync(bytes, { level: 1 }))

/** How many images are read ahead of the one being written: storage works while this writes. */
export const IMAGES_READ_AHEAD = 4

/**
 * Writes the report as a .docx to `sink`, part after part: docx's package with the written body
 * put in place of its placeholders, the images' relationships added, only the XML deflated, then
 * each image stored as it is (JPEG and PNG are already compressed: deflating them again costs
 * time for nothing). Images are asked for a few ahead of the one being written and let go once
 * written, so memory holds the XML and a handful of images, whatever the evidence weighs.
 */
export async function writeReport(
  model: ReportModel,
  resolveMedia: MediaResolver,
  sink: ZipSink,
  { now, onProgress, deflateRaw = fflateDeflateRaw, template }: PackOptions,
): Promise<void> {
  const { document, slots, images, listsAndLinks } = renderReportDocument(
    onTemplatePage(model, template),
  )
  const reads = new ReadAhead(images, resolveMedia)
  const parts = await packageParts(document)
  parts['word/document.xml'] = strToU8(fillSlots(part(parts, 'word/document.xml'), slots))
  parts['word/_rels/document.xml.rels'] = strToU8(
    insertBefore(
      part(parts, 'word/_rels/document.xml.rels'),
      '</Relationships>',
      imageRelationships(images),
    ),
  )
  parts['word/styles.xml'] = strToU8(
    insertBefore(part(parts, 'word/styles.xml'), '</w:styles>', TABLE_STYLES_XML),
  )
  addListsAndLinks(parts, listsAndLinks)
  // Last, so that the template's styles meet every style of ours, the Hyperlink one included.
  if (template) applyTemplate(parts, template)

  // [Content_Types].xml first, as Word and most validators expect; the images after the XML.
  // Only XML is deflated: the chart's embedded workbook is itself a zip.
  const names = Object.keys(parts).sort(contentTypesFirst)
  const deflated = await Promise.all(
    names.map((name) => (isXml(name) ? deflateRaw(parts[name]!) : undefined)),
  )
  const zip = new StreamZip(sink, now)
  try {
    for (const [i, name] of names.entries()) {
      const bytes = parts[name]!
      await zip.add({ name, bytes, ...(deflated[i] ? { deflated: deflated[i] } : {}) })
    }
    for (const [i, image] of images.entries()) {
      await zip.add({ name: image.path, bytes: await reads.take(i) })
      onProgress?.(i + 1, images.length)
    }
    await zip.end()
  } finally {
    reads.stop()
  }
}

/** The report as .docx bytes in memory: `writeReport` into one buffer (tests, small reports). */
export async function packReport(
  model: ReportModel,
  resolveMedia: MediaResolver,
  options: PackOptions,
): Promise<Uint8Array> {
  const memory = memorySink()
  await writeReport(model, resolveMedia, memory.sink, options)
  return memory.bytes()
}

/** The images' bytes, asked for `IMAGES_READ_AHEAD` ahead of the one taken, each held once. */
class ReadAhead {
  private readonly reading = new Map<number, Promise<Uint8Array>>()
  private next = 0
  private stopped = false

  constructor(
    private readonly images: readonly PlacedImage[],
    private readonly resolve: MediaResolver,
  ) {
    this.fill(0)
  }

  async take(index: number): Promise<Uint8Array> {
    this.fill(index)
    const bytes = this.reading.get(index)!
    this.reading.delete(index)
    return bytes
  }

  /** A failed export lets go of the reads still waiting; their failures are not reported. */
  stop(): void {
    this.stopped = true
    this.reading.clear()
  }

  private fill(from: number): void {
    const until = Math.min(this.images.length, from + 1 + IMAGES_READ_AHEAD)
    for (; !this.stopped && this.next < until; this.next++) {
      const media = this.images[this.next]!.media
      const read = Promise.resolve().then(() => this.resolve(media))
      read.catch(() => {}) // awaited, and its failure raised, when the image is written
      this.reading.set(this.next, read)
    }
  }
}

/** The model laid out on the template's page, when the template states one. */
function onTemplatePage(model: ReportModel, template: WordTemplate | undefined): ReportModel {
  return template?.page ? { ...model, page: template.page } : model
}

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

function part(parts: Record<string, Uint8Array>, path: string): string {
  const data = parts[path]
  if (data === undefined) throw new Error(`The Word package has no ${path}.`)
  return strFromU8(data)
}

/** Puts each slot's markup where docx wrote its placeholder; every slot exactly once. */
export function fillSlots(documentXml: string, slots: readonly string[]): string {
  const filled = new Set<number>()
  const xml = documentXml.replace(SLOT_PARAGRAPH, (_, n: string) => {
    const index = Number(n)
    if (filled.has(index) || slots[index] === undefined)
      throw new Error(`The Word body has an unexpected placeholder (${index}).`)
    filled.add(index)
    return slots[index]!
  })
  if (filled.size !== slots.length)
    throw new Error('The Word body lost some of the report: a placeholder was not found.')
  return xml
}

function imageRelationships(images: readonly PlacedImage[]): string {
  return images
    .map(
      (image) =>
        `<Relationship Id="${image.relationshipId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${image.path.replace(/^word\//, '')}"/>`,
    )
    .join('')
}

/** Adds markup before the closing tag of a part's root element. */
function insertBefore(xml: string, closingTag: string, markup: string): string {
  const end = xml.lastIndexOf(closingTag)
  if (end < 0) throw new Error(`A part of the Word package has no ${closingTag}.`)
  return xml.slice(0, end) + markup + xml.slice(end)
}

const isXml = (path: string) => /\.(xml|rels)$/.test(path)

function contentTypesFirst(a: string, b: string): number {
  const rank = (path: string) => (path === '[Content_Types].xml' ? 0 : 1)
  return rank(a) - rank(b) || a.localeCompare(b)
}
