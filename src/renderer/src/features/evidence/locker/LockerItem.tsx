import type { KeyboardEvent } from 'react'
import type { InterviewStep } from '@core/audit'
import { describeMediaType, type EvidenceItem } from '@core/evidence'
import { formatByteSize } from '@core/text/byte-size'
import { withoutBidiControls } from '@shared/bidi'
import { formatDateTime } from '../../../components/format'
import { useDatabase } from '../../../db/DatabaseContext'
import { showError } from '../../../components/toast-store'
import { InternalBadge } from '../../../components/InternalBadge'
import type { VirtualRowProps } from '../../../components/virtual-list/useVirtualList'
import { takesTyping } from '../../../components/text-field'
import { setEvidenceInternal } from '../../../db/repositories/evidence-edits'
import { deleteEvidenceWithUndo, saveEvidenceCopy } from '../evidence-actions'
import { EditImageButton, canEditImage } from '../editor/EditImageButton'
import { EvidenceThumbnail } from '../EvidenceThumbnail'
import { HashField } from '../HashField'
import { CaptionField } from './CaptionField'
import { deletionMessage, lineageOf, type Lineage } from './evidence-lineage'
import { ItemLineage } from './ItemLineage'
import { QuestionLinks } from './QuestionLinks'
import { memoRow } from '../../../components/virtual-list/memo-row'

interface LockerItemProps {
  item: EvidenceItem
  /** Its place in the virtualised list. */
  rowProps: VirtualRowProps
  order: readonly InterviewStep[]
  steps: ReadonlyMap<string, InterviewStep>
  readOnly: boolean
  onOpen: (item: EvidenceItem) => void
  /** Every item's edited versions and source (issue 16). */
  lineage: ReadonlyMap<string, Lineage>
  onShow: (id: string) => void
}

/** The id of an item's name in the locker, which "Show" moves the focus to. */
export const lockerItemNameId = (id: string) => `locker-item-${id}`

/** One item of the locker: what it is, where it came from, its hash, what it supports. */
function LockerItemView({
  item,
  rowProps,
  order,
  steps,
  readOnly,
  onOpen,
  lineage,
  onShow,
}: LockerItemProps) {
  const db = useDatabase()
  // A name from a file or an archive may hold bidi controls that disguise its extension.
  const name = withoutBidiControls(item.fileName)
  const toggleInternal = () =>
    void setEvidenceInternal(db, item.id, !(item.internal ?? false)).catch(showError)
  // "I" anywhere in the item (outside its caption field) toggles the mark, as in the interview.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key.toLowerCase() !== 'i' || takesTyping(event.target as Element)) return
    event.preventDefault()
    toggleInternal()
  }
  return (
    <li className="locker-item" onKeyDown={onKeyDown} {...rowProps}>
      <button
        type="button"
        className="locker-item__thumb"
        aria-label={`Open ${name}`}
        onClick={() => onOpen(item)}
      >
        <EvidenceThumbnail item={item} />
      </button>
      <div className="locker-item__body">
        <div className="locker-item__head">
          <div>
            <h3 id={lockerItemNameId(item.id)} className="locker-item__name" tabIndex={-1}>
              {name}
            </h3>
            {item.internal && <InternalBadge />}
          </div>
          <div className="locker-item__actions">
            {!readOnly && canEditImage(item) && <EditImageButton item={item} />}
            <button
              type="button"
              className="button button--small locker-item__internal"
              aria-pressed={item.internal ?? false}
              aria-label={`Internal: ${name}`}
              aria-keyshortcuts="I"
              title="Internal: left out of the client edition (I)"
              disabled={readOnly}
              onClick={toggleInternal}
            >
              Internal
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={`Save a copy of ${name}`}
              onClick={() => void saveEvidenceCopy(db, item).catch(showError)}
            >
              Save a copy
            </button>
            {!readOnly && (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={`Delete ${name}`}
                onClick={() =>
                  void deleteEvidenceWithUndo(db, item, deletionMessage(item, lineage)).catch(
                    showError,
                  )
                }
              >
                Delete
              </button>
            )}
          </div>
        </div>
        <CaptionField key={`${item.id}:${item.caption}`} item={item} readOnly={readOnly} />
        <p className="locker-item__facts">
          <span>{describeMediaType(item.mediaType)}</span>
          <span>{formatByteSize(item.size)}</span>
          <span>
            Captured {formatDateTime(item.capturedAt)}
            {item.capturedBy && ` by ${item.capturedBy}`}
          </span>
        </p>
        {item.url && <p className="locker-item__url">{item.url}</p>}
        <HashField sha256={item.sha256} fileName={name} />
        <ItemLineage
          item={item}
          lineage={lineageOf(lineage, item.id)}
          readOnly={readOnly}
          onShow={onShow}
        />
        <QuestionLinks item={item} order={order} steps={steps} readOnly={readOnly} />
      </div>
    </li>
  )
}

/** Rendered again only when its own props change, not at every scroll frame. */
export const LockerItem = memoRow(LockerItemView)
