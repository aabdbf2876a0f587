import type { EvidenceDerivation } from './derivation'

/**
 * Evidence (PRODUCT.md §5): what the consultant was shown, kept with the SHA-256 of its bytes so
 * that it can later be proved unchanged. Metadata and bytes are stored apart (PRODUCT.md §13).
 */

export const EVIDENCE_KINDS = ['file', 'screenshot', 'link', 'snippet'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export interface EvidenceItem {
  id: string
  auditId: string
  kind: EvidenceKind
  /** For files and screenshots the file's name; for links and snippets a name to show. */
  fileName: string
  /** IANA media type of the original bytes (`text/uri-list` for a link, `text/plain` for a snippet). */
  mediaType: string
  /** Size of the original bytes. */
  size: number
  /** Lower-case hex SHA-256 of the original bytes, computed at capture. */
  sha256: string
  capturedAt: number
  capturedBy: string
  caption: string
  /** The questions it supports, as `sectionId/questionId` keys (one item may support several). */
  questionKeys: string[]
  /** For a link: the URL (its bytes are the URL in UTF-8). */
  url?: string
  /** Which renditions were stored beside the original (images only). */
  renditions: EvidenceRenditionRole[]
  /**
   * For the firm only: the client edition of the report leaves the item out entirely. Absent
   * means client-visible, as every item was before editions existed.
   */
  internal?: boolean
  /**
   * Present on a redacted or annotated version (issue 16): what it was made from and how. Its own
   * bytes and SHA-256 are this item's; the item it was made from keeps its own.
   */
  derivation?: EvidenceDerivation
  /** Set while a deletion can still be undone; such items are hidden everywhere. */
  deletedAt?: number
}

/** The stored byte streams of one item: the original, and for images two renditions. */
export const EVIDENCE_BLOB_ROLES = ['original', 'thumbnail', 'page'] as const
export type EvidenceBlobRole = (typeof EVIDENCE_BLOB_ROLES)[number]
export type EvidenceRenditionRole = Exclude<EvidenceBlobRole, 'original'>

/**
 * One stored byte stream. Generic over the byte container because src/core knows no DOM: the
 * database stores a `Blob` (`EvidenceBlob<Blob>`), an archive holds `Uint8Array`s.
 */
export interface EvidenceBlob<Bytes> {
  evidenceId: string
  role: EvidenceBlobRole
  /** Media type of these bytes (renditions are JPEG or PNG whatever the original). */
  mediaType: string
  /** Pixel size, for renditions and image originals. */
  width?: number
  height?: number
  blob: Bytes
}

/** Default limit for one evidence file (settable): 250 MB. */
export const DEFAULT_EVIDENCE_SIZE_LIMIT = 250 * 1024 * 1024
