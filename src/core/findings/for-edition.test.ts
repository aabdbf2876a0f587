import { describe, expect, it } from 'vitest'
import { editionFixture, INTERNAL_MARKER } from '../report/test-support/edition-fixture'
import { fileHolds } from '../report/test-support/find-marker'
import { toActionPlanCsv } from './action-plan-csv'
import { findingsForEdition } from './for-edition'
import type { Finding } from './model'

const { findings } = editionFixture('client')
const internal = findings.find((f) => f.notesInternal)!
const csvBytes = (list: readonly Finding[], edition: 'client' | 'internal') =>
  new TextEncoder().encode(toActionPlanCsv(list, edition))

describe('findingsForEdition', () => {
  it('keeps the finding of an internal note but not the note, nor a gap derived from it', () => {
    const client = findingsForEdition(findings, 'client')
    expect(client).toHaveLength(findings.length)
    const shown = client.find((f) => f.key === internal.key)!
    expect(shown).toMatchObject({ notes: '', gap: 'Rated Not met in the interview.' })
    expect(shown.derived.gap).toBe('Rated Not met in the interview.')
    expect(JSON.stringify(client)).not.toContain(INTERNAL_MARKER)
  })

  it('leaves a gap the consultant wrote, and findings of client-visible notes, as they are', () => {
    const written = { ...internal, gap: 'Escalation has no named owner.' }
    written.overridden = { ...internal.overridden, gap: true }
    const others = findings.filter((f) => f !== internal)
    const client = findingsForEdition([written, ...others], 'client')
    expect(client[0]?.gap).toBe('Escalation has no named owner.')
    expect(client.slice(1)).toEqual(others)
  })

  it('changes nothing in the internal edition', () => {
    expect(findingsForEdition(findings, 'internal')).toEqual(findings)
  })
})

describe('the action plan CSV of each edition', () => {
  it('has no internal note in the client edition and has it in the internal one', () => {
    expect(fileHolds(csvBytes(findings, 'client'), INTERNAL_MARKER)).toBe(false)
    expect(fileHolds(csvBytes(findings, 'internal'), INTERNAL_MARKER)).toBe(true)
  })
})
