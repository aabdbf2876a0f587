import type { ReportBlock, ReportMedia } from '../../model'
import type { ContentsEntry } from './contents'
import { ListsAndLinks } from './lists-and-links'

/** An image placed in the document: one part and one relationship, however often it is shown. */
export interface PlacedImage {
  media: ReportMedia
  relationshipId: string
  /** Inside the package, e.g. `word/media/image-1.jpg`. */
  path: string
}

/**
 * What the block writers share while one document is written: the images placed so far (each
 * gets a relationship and a media part), drawing ids, the bookmarks the contents link to, and the
 * numbered lists and external links (each added to the package when it is packed).
 */
export class WriteContext {
  readonly images: PlacedImage[] = []
  readonly contents: ContentsEntry[]
  readonly listsAndLinks = new ListsAndLinks()
  private readonly placed = new Map<string, PlacedImage>()
  private readonly bookmarks = new Map<ReportBlock, { name: string; id: number }>()
  // Above the few ids docx gives the charts' drawings, so no two drawings share one.
  private drawingId = 1000

  constructor(
    readonly accentColor: string,
    readonly textWidth: number,
    private readonly media: ReadonlyMap<string, ReportMedia>,
    body: readonly ReportBlock[],
  ) {
    this.contents = []
    for (const block of body) {
      if (block.kind !== 'heading' || block.level > 2) continue
      const entry: ContentsEntry = {
        level: block.level as 1 | 2,
        text: block.text,
        bookmark: `_Toc${this.contents.length + 1}`,
      }
      this.contents.push(entry)
      this.bookmarks.set(block, { name: entry.bookmark, id: this.contents.length })
    }
  }

  /** The bookmark a heading carries, with its numeric id, if the contents list it. */
  bookmarkOf(block: ReportBlock): { name: string; id: number } | undefined {
    return this.bookmarks.get(block)
  }

  /** Places an image of the model; throws if the model does not carry it. */
  placeImage(mediaId: string): { image: PlacedImage; drawingId: number } {
    let image = this.placed.get(mediaId)
    if (!image) {
      const media = this.media.get(mediaId)
      if (!media) throw new Error(`The report refers to an image it does not carry: ${mediaId}`)
      const n = this.images.length + 1
      image = { media, relationshipId: `awbImage${n}`, path: `word/media/image-${n}.${media.type}` }
      this.placed.set(mediaId, image)
      this.images.push(image)
    }
    return { image, drawingId: ++this.drawingId }
  }
}
