import { useMemo, useState } from 'react'
import { upgradesAvailable, versionLabel } from '@core/authoring'
import type { Audit, AuditContent } from '@core/audit'
import type { ContentPack } from '@core/content'
import { useImportedPackRows } from '../../db/queries/usePacks'
import { useInstalledPacks } from '../library/useInstalledPacks'
import { AuditUpgradeDialog } from './AuditUpgradeDialog'

interface AuditUpgradePanelProps {
  audit: Audit
  content: AuditContent
}

/**
 * "Update to version N" (PRODUCT.md §14): for each pack the audit uses of which a newer version is
 * installed, what version the audit is on and a button that shows what the update would change.
 * Nothing is offered when the audit is on the newest version of everything it uses.
 */
export function AuditUpgradePanel({ audit, content }: AuditUpgradePanelProps) {
  const installed = useInstalledPacks()
  const rows = useImportedPackRows()
  const offered = useMemo(() => upgradesAvailable(content, installed), [content, installed])
  const [chosen, setChosen] = useState<ContentPack>()
  if (offered.length === 0) return null

  const final = audit.status === 'final'
  const versionsUsed = (pack: ContentPack) => [
    ...new Set(content.sections.filter((s) => s.packId === pack.id).map((s) => s.packVersion)),
  ]
  const publishedSummary = (pack: ContentPack) =>
    rows?.find((row) => row.id === pack.id && row.version === pack.version)?.summary ?? []

  return (
    <section className="audit-upgrades" aria-labelledby="audit-upgrades-title">
      <h2 id="audit-upgrades-title" className="audit-upgrades__title">
        Newer content
      </h2>
      {final && (
        <p className="field__hint">This audit is final: reopen it to update its content.</p>
      )}
      <ul className="audit-upgrades__list">
        {offered.map((pack) => (
          <li key={pack.id} className="audit-upgrades__item">
            <span>
              “{pack.title}”: this audit uses {versionsUsed(pack).map(versionLabel).join(' and ')};{' '}
              {versionLabel(pack.version)} is installed.
            </span>
            <button
              type="button"
              className="button"
              disabled={final}
              onClick={() => setChosen(pack)}
            >
              Update to {versionLabel(pack.version)}
            </button>
          </li>
        ))}
      </ul>
      <AuditUpgradeDialog
        audit={audit}
        content={content}
        pack={chosen}
        publishedSummary={chosen ? publishedSummary(chosen) : []}
        onClose={() => setChosen(undefined)}
      />
    </section>
  )
}
