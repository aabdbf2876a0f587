import { useRef, useState } from 'react'
import type { SecretHit } from '@core/redaction'
import { useDatabase } from '../../db/DatabaseContext'
import { loadSetting } from '../../db/queries/settings'
import { loadScanTargets, type ScanScope, type ScanTarget } from '../../db/queries/scan-targets'
import { saveSetting } from '../../db/repositories/settings'
import { secretScanOptionsSetting } from '../../db/settings/known-settings'
import { runSecretScan, type ScanChoices } from './run-secret-scan'
import { markTargetInternal, redactInTarget } from './scan-actions'

/** One hit, with the text it is in and whether the consultant chose to keep it. */
export interface ScanRow {
  key: string
  target: ScanTarget
  hit: SecretHit
  kept: boolean
}

export type ScanState =
  | { phase: 'idle' }
  | { phase: 'scanning' }
  | { phase: 'hits'; rows: ScanRow[]; choices: ScanChoices; busy: boolean }
  | { phase: 'failed'; message: string }

export type ScanAction = 'redact' | 'internal' | 'keep'

/**
 * The check before a client export (issue 16): scans what the export carries, lists the hits and
 * acts on each, scanning again after every change so the list is always what is left. A hit kept
 * stays kept for this export (by its text, as offsets move when another hit in it is redacted).
 */
export function useSecretScan(auditId: string) {
  const db = useDatabase()
  const [state, setState] = useState<ScanState>({ phase: 'idle' })
  const scope = useRef<ScanScope>({ notes: true, evidence: true })
  const kept = useRef(new Set<string>())

  async function scan(choices: ScanChoices): Promise<ScanRow[]> {
    const targets = await loadScanTargets(db, auditId, scope.current)
    const results = await runSecretScan(targets, choices)
    const byId = new Map(targets.map((t) => [t.id, t]))
    return results.flatMap(({ id, hits }) => {
      const target = byId.get(id)
      if (!target) return []
      return hits.map((hit) => {
        const key = `${id}\u0000${hit.rule}\u0000${target.text.slice(hit.start, hit.end)}`
        return { key, target, hit, kept: kept.current.has(key) }
      })
    })
  }

  /** Scans; resolves true when nothing was found (the export may go straight on). */
  async function check(what: ScanScope): Promise<boolean> {
    scope.current = what
    kept.current = new Set()
    setState({ phase: 'scanning' })
    try {
      const choices = await loadSetting(db, secretScanOptionsSetting)
      const rows = await scan(choices)
      setState(
        rows.length === 0 ? { phase: 'idle' } : { phase: 'hits', rows, choices, busy: false },
      )
      return rows.length === 0
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) })
      return false
    }
  }

  // Only the latest scan's result is shown: a choice changed twice quickly starts two.
  const latest = useRef(0)

  async function rescan(choices: ScanChoices, change?: () => Promise<void>): Promise<void> {
    const mine = ++latest.current
    // The choice shows at once; the list follows when the scan is done.
    setState((s) => (s.phase === 'hits' ? { ...s, choices, busy: true } : s))
    try {
      await change?.()
      const rows = await scan(choices)
      if (mine === latest.current) setState({ phase: 'hits', rows, choices, busy: false })
    } catch (error) {
      if (mine === latest.current) setState((s) => (s.phase === 'hits' ? { ...s, busy: false } : s))
      throw error
    }
  }

  async function act(row: ScanRow, action: ScanAction): Promise<void> {
    if (state.phase !== 'hits') return
    if (action === 'keep') {
      kept.current.add(row.key)
      setState({
        ...state,
        rows: state.rows.map((r) => (r.key === row.key ? { ...r, kept: true } : r)),
      })
      return
    }
    await rescan(state.choices, () =>
      action === 'redact'
        ? redactInTarget(db, row.target, row.hit)
        : markTargetInternal(db, row.target),
    )
  }

  async function choose(choices: ScanChoices): Promise<void> {
    await Promise.all([rescan(choices), saveSetting(db, secretScanOptionsSetting, choices)])
  }

  return { state, check, act, choose, reset: () => setState({ phase: 'idle' }) }
}
