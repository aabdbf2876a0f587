import { evidenceCategory, type EvidenceItem } from '@core/evidence'
import { useBlobUrl } from './useBlobUrl'
import { useThumbnailBlob } from '../../db/queries/useEvidence'

const BADGES = { pdf: 'PDF', link: 'Link', snippet: 'Text', image: 'Image', file: 'File' } as const

/**
 * The item's thumbnail rendition, or for what has none a quiet badge of its type. Decorative:
 * the control around it carries the item's name. Its bytes are read when it is shown, with the
 * other thumbnails shown at the same moment.
 */
export function EvidenceThumbnail({ item }: { item: EvidenceItem }) {
  const hasThumbnail = item.renditions.includes('thumbnail')
  const blob = useThumbnailBlob(item.id, hasThumbnail)
  const url = useBlobUrl(blob)
  const category = evidenceCategory(item)
  if (hasThumbnail) {
    return (
      <span className="evidence-thumb">
        {url && <img className="evidence-thumb__image" src={url} alt="" decoding="async" />}
      </span>
    )
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(item.fileName)?.[1]
  const badge = category === 'file' && extension ? extension.toUpperCase() : BADGES[category]
  return (
    <span className={`evidence-thumb evidence-thumb--${category}`} aria-hidden="true">
      <span className="evidence-thumb__badge">{badge}</span>
    </span>
  )
}
