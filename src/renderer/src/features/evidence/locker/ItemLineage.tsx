import { describeEdits, type EvidenceDerivation, type EvidenceItem } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import { formatDateTime } from '../../../components/format'
import { InternalBadge } from '../../../components/InternalBadge'
import { showError } from '../../../components/toast-store'
import { useDatabase } from '../../../db/DatabaseContext'
import { setEvidenceInternal } from '../../../db/repositories/evidence-edits'
import { HashField } from '../HashField'
import { versionName, type Lineage } from './evidence-lineage'

interface ItemLineageProps {
  item: EvidenceItem
  lineage: Lineage
  readOnly: boolean
  /** Brings another item of the locker into view and focus. */
  onShow: (id: string) => void
}

/**
 * The pair (issue 16): on an edited version, what it was made from, what was done, by whom and
 * when, and the original's hash; on an original, its edited versions. Nothing when neither.
 */
export function ItemLineage({ item, lineage, readOnly, onShow }: ItemLineageProps) {
  return (
    <>
      {item.derivation && (
        <MadeFrom
          item={item}
          derivation={item.derivation}
          source={lineage.source}
          readOnly={readOnly}
          onShow={onShow}
        />
      )}
      {lineage.versions.length > 0 && (
        <Versions item={item} versions={lineage.versions} onShow={onShow} />
      )}
    </>
  )
}

function Versions({
  item,
  versions,
  onShow,
}: {
  item: EvidenceItem
  versions: EvidenceItem[]
  onShow: (id: string) => void
}) {
  return (
    <div
      className="lineage"
      role="group"
      aria-label={`Versions of ${withoutBidiControls(item.fileName)}`}
    >
      <p className="lineage__line">
        <span className="lineage__label">
          {versions.length === 1 ? versionName(versions[0]!) : `${versions.length} edited versions`}
          :
        </span>{' '}
        {versions.map((version, i) => (
          <span key={version.id}>
            {i > 0 && ', '}
            <ShowButton item={version} onShow={onShow} />
          </span>
        ))}
      </p>
      <p className="lineage__note">
        Reports show {versions.length === 1 ? 'it' : 'them'} in this item’s place; this item stays
        {item.derivation ? ' as it is.' : ' as captured.'}
      </p>
    </div>
  )
}

interface MadeFromProps {
  item: EvidenceItem
  derivation: EvidenceDerivation
  source: EvidenceItem | undefined
  readOnly: boolean
  onShow: (id: string) => void
}

function MadeFrom({ item, derivation, source, readOnly, onShow }: MadeFromProps) {
  const db = useDatabase()
  const sourceName = source ? withoutBidiControls(source.fileName) : 'the original'
  return (
    <div className="lineage" role="group" aria-label={`${versionName(item)} of ${sourceName}`}>
      <p className="lineage__line">
        <span className="lineage__label">{versionName(item)} of</span>{' '}
        {source ? (
          <ShowButton item={source} onShow={onShow} />
        ) : (
          <span>
            an original not in this workbook (deleted, or left out of the archive it came in)
          </span>
        )}
      </p>
      <p className="lineage__line">
        {describeEdits(derivation.edits)} · {formatDateTime(derivation.madeAt)}
        {derivation.madeBy && ` by ${derivation.madeBy}`}
      </p>
      <HashField sha256={derivation.fromSha256} fileName={sourceName} label="Original’s SHA-256" />
      {source &&
        (source.internal ? (
          <p className="lineage__line">
            <InternalBadge /> The original is marked internal.
          </p>
        ) : (
          !readOnly && (
            <p className="lineage__line">
              <button
                type="button"
                className="button button--small"
                onClick={() => void setEvidenceInternal(db, source.id, true).catch(showError)}
              >
                Mark the original internal
              </button>{' '}
              <span className="lineage__note">so the client edition never carries it.</span>
            </p>
          )
        ))}
    </div>
  )
}

function ShowButton({ item, onShow }: { item: EvidenceItem; onShow: (id: string) => void }) {
  const name = withoutBidiControls(item.fileName)
  return (
    <button
      type="button"
      className="button button--link lineage__show"
      aria-label={`Show ${name} in the locker`}
      onClick={() => onShow(item.id)}
    >
      {name}
    </button>
  )
}
