import { useEffect, useState } from 'react'
import { questionKey } from '@core/content'
import { Link, useParams } from 'wouter'
import { EDITION_CHOICES, REPORT_EDITIONS } from '@core/audit'
import { findingWarnings, type Finding } from '@core/findings'
import { plural } from '../../components/format'
import { memoRow } from '../../components/virtual-list/memo-row'
import { useVirtualList, type VirtualRowProps } from '../../components/virtual-list/useVirtualList'
import { showError } from '../../components/toast-store'
import { AuditFrame } from '../audit-frame/AuditFrame'
import type { AuditData } from '../audit-frame/useAuditData'
import { useEditionChoice } from '../report/useEditionChoice'
import { EditFindingDialog } from './EditFindingDialog'
import { exportActionPlan } from './export-action-plan'
import { FindingCard, findingCardId } from './FindingCard'
import { useFocusedFinding } from './useFocusedFinding'
import { isFiltered, listFindings } from './findings-list'
import { useFindingsView } from './findings-view-store'
import { FindingsToolbar } from './FindingsToolbar'
import { useFindings } from './useFindings'
import { useSecretScanGate } from '../secret-scan/useSecretScanGate'
import { REVIEWER_NOTE } from '../team-share/audit-access'
import { useAuditAccess } from '../team-share/useTeamRole'
import './findings.css'

/** Findings and the action plan (PRODUCT.md §7): review, assign, date, track, export. */
export function FindingsScreen() {
  const {
    auditId = '',
    sectionId,
    questionId,
  } = useParams<{ auditId: string; sectionId?: string; questionId?: string }>()
  // A finding named by the route (a search result) is brought into view and focus.
  const target = sectionId && questionId ? questionKey(sectionId, questionId) : undefined
  return (
    <AuditFrame auditId={auditId}>{(data) => <Findings data={data} target={target} />}</AuditFrame>
  )
}

function Findings({ data, target }: { data: AuditData; target: string | undefined }) {
  const findings = useFindings(data)
  const { sort, filters, setFilter, clearFilters, reset } = useFindingsView()
  const [editingKey, setEditingKey] = useState<string>()
  const [exporting, setExporting] = useState(false)
  const { edition, choose } = useEditionChoice()
  const { audit } = data
  const secretScan = useSecretScanGate(audit.id)
  const { readOnly, reviewing } = useAuditAccess(audit)
  useEffect(() => reset, [audit.id, reset])
  const shown = findings ? listFindings(findings, sort, filters) : []
  const arrival = useFocusedFinding(target, findings, shown, clearFilters)

  if (!findings) return <p className="screen-message">Gathering findings…</p>

  const incomplete = findings.filter((f) => findingWarnings(f).length > 0)
  const editing = findings.find((f) => f.key === editingKey)

  const exportCsv = async () => {
    setExporting(true)
    try {
      // The plan's gaps quote the notes; it lists no evidence.
      await secretScan.run(edition, { notes: true, evidence: false }, () =>
        exportActionPlan(audit, findings, edition),
      )
    } catch (error) {
      showError(error)
    } finally {
      setExporting(false)
    }
  }

  return (
    <main className="page" aria-labelledby="findings-title">
      <div className="page__column findings">
        <header className="page__header">
          <div>
            <h1 id="findings-title" className="page__title">
              Findings
            </h1>
            <p className="findings__summary">{summarize(findings)}</p>
          </div>
          <div className="findings__export">
            <label className="findings__edition">
              Edition
              <select
                className="input"
                value={edition}
                title={EDITION_CHOICES[edition].includes}
                onChange={(e) =>
                  choose(REPORT_EDITIONS.find((x) => x === e.target.value) ?? edition)
                }
              >
                {REPORT_EDITIONS.map((e) => (
                  <option key={e} value={e}>
                    {EDITION_CHOICES[e].label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              onClick={() => void exportCsv()}
              disabled={exporting}
            >
              Export action plan (CSV)
            </button>
          </div>
        </header>

        {readOnly && (
          <p className="notice" role="note">
            {reviewing
              ? REVIEWER_NOTE
              : 'This audit is final and read-only. Reopen it to edit its findings.'}
          </p>
        )}

        {incomplete.length > 0 && (
          <div className="findings__lesson" role="note">
            <p>
              <strong>Action items without an owner and a date are worthless.</strong>{' '}
              {incomplete.length === findings.length
                ? `None of the ${plural(findings.length, 'finding')} has both an owner and a due date yet.`
                : `${plural(incomplete.length, 'finding')} of ${findings.length} still ${incomplete.length === 1 ? 'needs' : 'need'} an owner or a due date.`}
            </p>
            {!filters.missingOwnerOrDate && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setFilter('missingOwnerOrDate', true)}
              >
                Show only these
              </button>
            )}
          </div>
        )}

        {findings.length === 0 ? (
          <div className="empty-state">
            <h2>No findings yet</h2>
            <p>
              Every question rated Not met or Partially met becomes a finding here, with a
              recommendation from its guidance, ready for an owner and a due date.
            </p>
            <Link href={`/audits/${audit.id}/interview`} className="button button--primary">
              Go to the interview
            </Link>
          </div>
        ) : (
          <>
            <FindingsToolbar sections={data.content.sections} />
            <p className="findings__count" aria-live="polite">
              {shown.length === findings.length
                ? `${plural(findings.length, 'finding')}`
                : `Showing ${shown.length} of ${plural(findings.length, 'finding')}`}
              {isFiltered(filters) && (
                <>
                  {' · '}
                  <button type="button" className="button button--link" onClick={clearFilters}>
                    Clear filters
                  </button>
                </>
              )}
            </p>
            {shown.length === 0 ? (
              <p className="empty-state">No finding matches these filters.</p>
            ) : (
              <FindingRows
                shown={shown}
                showing={arrival.showing}
                onShown={arrival.shown}
                readOnly={readOnly}
                onEdit={(finding) => setEditingKey(finding.key)}
              />
            )}
          </>
        )}
      </div>
      {editing && !readOnly && (
        <EditFindingDialog
          key={editing.key}
          finding={editing}
          onClose={() => setEditingKey(undefined)}
        />
      )}
      {secretScan.dialog}
    </main>
  )
}

const findingKey = (finding: Finding) => finding.key

/** The findings near the scroll position only, however many the audit has. */
function FindingRows({
  shown,
  showing,
  onShown,
  readOnly,
  onEdit,
}: {
  shown: Finding[]
  /** A finding to scroll to and focus (a search result's), then `onShown`. */
  showing: string | undefined
  onShown: () => void
  readOnly: boolean
  onEdit: (finding: Finding) => void
}) {
  const list = useVirtualList<Finding, HTMLOListElement>({
    items: shown,
    keyOf: findingKey,
    estimateSize: 300,
    showing: { key: showing, focusId: findingCardId, onShown },
  })
  return (
    <ol className="finding-list" {...list.listProps}>
      {list.rows.map((row) => (
        <FindingRow
          key={row.key}
          rowProps={list.rowProps(row)}
          finding={shown[row.index] as Finding}
          readOnly={readOnly}
          onEdit={onEdit}
        />
      ))}
    </ol>
  )
}

/** One finding's row, rendered again only when its own props change, not at every scroll frame. */
const FindingRow = memoRow(function FindingRow({
  rowProps,
  finding,
  readOnly,
  onEdit,
}: {
  rowProps: VirtualRowProps
  finding: Finding
  readOnly: boolean
  onEdit: (finding: Finding) => void
}) {
  return (
    <li {...rowProps}>
      <FindingCard finding={finding} readOnly={readOnly} onEdit={() => onEdit(finding)} />
    </li>
  )
})

function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Nothing falls short yet.'
  const open = findings.filter((f) => f.status === 'open' || f.status === 'in-progress').length
  const critical = findings.filter((f) => f.severity === 'critical').length
  return [
    plural(findings.length, 'finding'),
    `${open} open or in progress`,
    critical > 0 ? `${critical} critical` : undefined,
  ]
    .filter(Boolean)
    .join(' · ')
}
