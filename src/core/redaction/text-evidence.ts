import type { EvidenceItem } from '../evidence/model'

/** Text files above this are neither scanned nor offered for text redaction (not a snippet). */
export const MAX_TEXT_EVIDENCE_BYTES = 2 * 1024 * 1024

const TEXT_LIKE = /^(text\/|application\/(json|xml|x-yaml|yaml|toml|x-sh|javascript)$)/i

/** Whether an item is read as text: snippets, links and small text files. */
export function isTextEvidence(item: Pick<EvidenceItem, 'kind' | 'mediaType' | 'size'>): boolean {
  if (item.kind === 'link' || item.kind === 'snippet') return true
  return (
    item.kind === 'file' && TEXT_LIKE.test(item.mediaType) && item.size <= MAX_TEXT_EVIDENCE_BYTES
  )
}
