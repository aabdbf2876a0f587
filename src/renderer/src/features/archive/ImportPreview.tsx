import { STATUS_LABELS } from '@core/audit'
import type { PlannedPack } from '@core/archive'
import { formatByteSize } from '@core/text/byte-size'
import { formatCalendarDate, formatDateTime, plural } from '../../components/format'
import type { ImportPreviewSummary } from './archive-jobs'

interface ImportPreviewProps {
  fileName: string
  preview: ImportPreviewSummary
}

/** What an archive holds and what importing it will do, for the user to confirm. */
export function ImportPreview({ fileName, preview }: ImportPreviewProps) {
  const copies = preview.audits.filter((a) => a.copied).length
  const packs = preview.packs.filter((p) => p.action !== 'installed')
  return (
    <div className="import-preview">
      <p>
        <strong>{fileName}</strong> ({formatByteSize(preview.archiveBytes)}) was made by Audit
        Workbook {preview.appVersion} on {formatDateTime(Date.parse(preview.createdAt))}. It holds{' '}
        {plural(preview.audits.length, 'audit')} and{' '}
        {plural(preview.evidenceCount, 'evidence item')}
        {preview.evidenceCount > 0 && ` (${formatByteSize(preview.evidenceBytes)})`}.
      </p>
      {preview.audits.length > 0 && (
        <ul className="import-preview__audits" aria-label="Audits in the archive">
          {preview.audits.map((audit) => (
            <li key={audit.sourceId} className="import-preview__audit">
              <span className="import-preview__name">
                <span>
                  <strong>{audit.client}</strong> · {audit.system}
                </span>
                {audit.copied && <span className="tag tag--note">Imported as a copy</span>}
              </span>
              <span className="import-preview__meta">
                Started {formatCalendarDate(audit.startDate)} · {STATUS_LABELS[audit.status]} ·{' '}
                {plural(audit.answered, 'answer')} · {plural(audit.evidenceCount, 'evidence item')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {copies > 0 && (
        <p className="muted">
          {copies === 1 ? 'An audit marked' : `${copies} audits marked`} “Imported as a copy”{' '}
          {copies === 1 ? 'is' : 'are'} already on this computer. The archive’s version comes in
          beside {copies === 1 ? 'it' : 'them'}, with “(imported)” after the client’s name; nothing
          here is overwritten.
        </p>
      )}
      {packs.length > 0 && (
        <ul className="import-preview__packs" aria-label="Content packs in the archive">
          {packs.map((pack) => (
            <li key={`${pack.id}@${pack.version}`}>{describePack(pack)}</li>
          ))}
        </ul>
      )}
      {preview.scope === 'audits' && (
        <p className="muted">
          It holds chosen audits only: no settings or content packs here will change.
        </p>
      )}
      {preview.settingChanges.length > 0 && (
        <>
          <p className="muted">
            It also changes these settings, which are not set here yet (settings you have set are
            kept):
          </p>
          <ul className="import-preview__settings" aria-label="Settings the archive changes">
            {preview.settingChanges.map((change) => (
              <li key={change.setting}>
                {change.setting}: {change.from} → {change.to}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function describePack(pack: PlannedPack): string {
  const name = `Content pack “${pack.title}” ${pack.version}`
  return pack.action === 'install'
    ? `${name} will be installed.`
    : `${name} will not be installed: its sections are already provided by “${pack.conflictWith}”.`
}
