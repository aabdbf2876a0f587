/** The two functions of `URL` that make and release `blob:` URLs, injectable for tests. */
export interface BlobUrlApi {
  createObjectURL(blob: Blob): string
  revokeObjectURL(url: string): void
}

/**
 * A `blob:` URL held for as long as something shows it. Each URL keeps its blob's bytes alive
 * until revoked, so every one made here is revoked exactly once: over a long interview with
 * hundreds of previews, nothing accumulates.
 */
export function leaseBlobUrl(
  blob: Blob,
  api: BlobUrlApi = URL,
): { url: string; release: () => void } {
  const url = api.createObjectURL(blob)
  let released = false
  return {
    url,
    release() {
      if (released) return
      released = true
      api.revokeObjectURL(url)
    },
  }
}
