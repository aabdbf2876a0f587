import { leaseBlobUrl, type BlobUrlApi } from '../evidence/blob-url'

/** An image's bytes, with what identifies them: a URL is made again only when this changes. */
export interface MediaSource {
  blob: Blob
  /** Equal keys mean equal bytes (an evidence rendition's id; a hash of the logo's bytes). */
  key: string
}

/**
 * The `blob:` URLs of a report's images across rebuilds of its model. The database hands out a
 * new Blob at every read, so a URL per read would reload 200 images at every keystroke; here a
 * URL is kept while its image stays in the report with the same bytes, and revoked as soon as it
 * leaves, or when the preview closes.
 */
export class MediaUrls {
  private readonly held = new Map<string, { key: string; url: string; release: () => void }>()

  constructor(private readonly api?: BlobUrlApi) {}

  /** The URLs of exactly these images: new ones made, changed ones remade, gone ones revoked. */
  update(sources: ReadonlyMap<string, MediaSource>): Map<string, string> {
    for (const [id, entry] of this.held) {
      if (sources.get(id)?.key !== entry.key) {
        entry.release()
        this.held.delete(id)
      }
    }
    const urls = new Map<string, string>()
    for (const [id, source] of sources) {
      let entry = this.held.get(id)
      if (!entry) {
        entry = { key: source.key, ...leaseBlobUrl(source.blob, this.api) }
        this.held.set(id, entry)
      }
      urls.set(id, entry.url)
    }
    return urls
  }

  /** Revokes every URL. */
  dispose(): void {
    for (const entry of this.held.values()) entry.release()
    this.held.clear()
  }
}
