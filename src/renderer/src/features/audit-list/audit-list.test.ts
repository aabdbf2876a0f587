import { describe, expect, it } from 'vitest'
import type { Audit } from '@core/audit'
import { listAudits, summarizeAudits, type AuditListView, type AuditSummary } from './audit-list'

function audit(id: string, patch: Partial<Audit> = {}): Audit {
  return {
    id,
    client: 'Northwind Traders',
    system: 'Payments platform',
    auditors: ['Ana Ruiz'],
    firm: 'Ruiz Consulting',
    startDate: '2026-11-28',
    status: 'draft',
    contextNotes: '',
    sectionIds: ['incident-response'],
    questionCount: 4,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  }
}

const view: AuditListView = { query: '', sort: 'updated', showArchived: false }
const ids = (summaries: readonly AuditSummary[]) => summaries.map((s) => s.audit.id)

describe('summarizeAudits', () => {
  it('leaves deleted audits out', () => {
    const summaries = summarizeAudits([audit('a'), audit('b'), audit('gone', { deletedAt: 5 })])
    expect(summaries.map((s) => s.audit.id)).toEqual(['a', 'b'])
  })

  it('links a re-assessment to its predecessor, or says the predecessor is gone', () => {
    const summaries = summarizeAudits([
      audit('first', { startDate: '2026-05-01' }),
      audit('second', { predecessorId: 'first' }),
      audit('orphan', { predecessorId: 'deleted' }),
      audit('deleted', { deletedAt: 1 }),
    ])
    const byId = new Map(summaries.map((s) => [s.audit.id, s]))
    expect(byId.get('second')?.predecessor).toEqual({
      id: 'first',
      client: 'Northwind Traders',
      startDate: '2026-05-01',
    })
    expect(byId.get('second')?.predecessorGone).toBe(false)
    expect(byId.get('orphan')?.predecessor).toBeUndefined()
    expect(byId.get('orphan')?.predecessorGone).toBe(true)
    expect(byId.get('first')?.predecessorGone).toBe(false)
  })
})

describe('listAudits', () => {
  const summaries = summarizeAudits([
    audit('northwind', { updatedAt: 30, startDate: '2026-03-01', status: 'in-progress' }),
    audit('contoso', {
      client: 'contoso Ltd',
      system: 'Data platform',
      auditors: ['Zoë Ng', 'Tom Lee'],
      firm: 'Lee & Partners',
      updatedAt: 10,
      startDate: '2026-06-01',
      status: 'final',
    }),
    audit('acme', {
      client: 'Acme',
      system: 'Mobile team',
      updatedAt: 20,
      startDate: '2025-12-01',
    }),
    audit('archived', { client: 'Blue Yonder', updatedAt: 40, archivedAt: 41 }),
  ])

  it('searches client, system, auditors and firm, ignoring case and accents', () => {
    const search = (query: string) => ids(listAudits(summaries, { ...view, query }).shown)
    expect(search('CONTOSO')).toEqual(['contoso'])
    expect(search('mobile')).toEqual(['acme'])
    expect(search('zoe')).toEqual(['contoso'])
    expect(search('partners')).toEqual(['contoso'])
    expect(search('  ana ruiz ')).toEqual(['northwind', 'acme'])
    expect(search('kubernetes')).toEqual([])
  })

  it('hides archived audits unless asked, and counts the hidden ones that match', () => {
    expect(listAudits(summaries, view)).toMatchObject({ hiddenArchived: 1 })
    expect(ids(listAudits(summaries, view).shown)).not.toContain('archived')
    const all = listAudits(summaries, { ...view, showArchived: true })
    expect(ids(all.shown)[0]).toBe('archived')
    expect(all.hiddenArchived).toBe(0)
    expect(listAudits(summaries, { ...view, query: 'acme' }).hiddenArchived).toBe(0)
  })

  it.each([
    ['updated', ['northwind', 'acme', 'contoso']],
    ['client', ['acme', 'contoso', 'northwind']],
    ['startDate', ['contoso', 'northwind', 'acme']],
    ['status', ['acme', 'northwind', 'contoso']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(ids(listAudits(summaries, { ...view, sort }).shown)).toEqual(expected)
  })

  it('does not reorder the summaries it was given', () => {
    const before = ids(summaries)
    listAudits(summaries, { ...view, sort: 'client' })
    expect(ids(summaries)).toEqual(before)
  })
})
