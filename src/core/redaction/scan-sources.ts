import { scanText, type SecretHit, type SecretScanOptions } from './scan-text'

/** One text the client edition would carry: a note, a snippet, a text file, a link's URL. */
export interface ScanSource {
  /** Names the text for whoever asked (an answer's key, an evidence item's id). */
  id: string
  text: string
}

export interface SourceHits {
  id: string
  hits: SecretHit[]
}

/** The hits of each source that has any, in the order given. */
export function scanSources(
  sources: readonly ScanSource[],
  options: SecretScanOptions,
): SourceHits[] {
  const out: SourceHits[] = []
  for (const { id, text } of sources) {
    const hits = scanText(text, options)
    if (hits.length > 0) out.push({ id, hits })
  }
  return out
}
