import { ENGLISH } from '../text/english'
import { describe, expect, it } from 'vitest'
import { packReport } from '../docx/pack-docx'
import { checkDocxStructure } from '../test-support/docx-structure'
import { docxText } from '../test-support/docx-text'
import { fixtureInput } from '../test-support/fixture-audit'
import { PACKED_AT, TINY_PNG } from '../test-support/sample-model'
import { buildReportModel, coverSubtitle } from './build-report-model'

async function reportText(input = fixtureInput()): Promise<string> {
  return docxText(await packReport(buildReportModel(input), () => TINY_PNG, { now: PACKED_AT }))
}

describe('the Word report', () => {
  it('names the client and each section with the level it reached', async () => {
    const text = await reportText()
    expect(text).toContain('Northwind Traders')
    expect(text).toContain('Payments platform')
    expect(text).toContain('Level 2 of 5 · Reachable')
    expect(text).toContain('Maturity: level 2 of 5, Reachable')
  })

  it('holds every question prompt answered, with its notes kept line by line', async () => {
    const input = fixtureInput()
    const text = await reportText(input)
    for (const answer of input.answers) {
      const question = input.content.sections[0]!.section.checks.flatMap((c) => c.questions).find(
        (q) => q.id === answer.questionId,
      )!
      expect(text).toContain(question.prompt)
    }
    expect(text).toContain('No runbooks at all.\nThe wiki has a stub page — “TODO”.')
  })

  it('holds every finding with its owner and due date, and warns about the unassigned', async () => {
    const input = fixtureInput()
    const text = await reportText(input)
    expect(input.findings.length).toBeGreaterThan(2)
    for (const finding of input.findings) expect(text).toContain(`${finding.id} · ${finding.title}`)
    expect(text).toContain('Priya Shah')
    expect(text).toContain('31 January 2027')
    expect(text).toMatch(/still need an owner or a due date/)
  })

  it('lists every evidence item with its SHA-256, and embeds images only when asked', async () => {
    const input = fixtureInput()
    const text = await reportText(input)
    for (const { item } of input.evidence) expect(text).toContain(item.sha256)
    expect(buildReportModel(input).media.map((m) => m.id)).toEqual(['ev-1/page'])
    const without = fixtureInput({ options: { ...input.options, embedImages: false } })
    expect(buildReportModel(without).media).toEqual([])
  })

  it('leaves interview notes out when asked (a finding keeps its gap), and the appendix too', async () => {
    const input = fixtureInput()
    const text = await reportText({
      ...input,
      options: { ...input.options, includeNotes: false, includeEvidenceAppendix: false },
    })
    const metQuestion = input.answers.find((a) => a.rating === 'met')!
    expect(text).not.toContain(metQuestion.notes)
    expect(text).toContain('No runbooks at all.') // the gap observed of its finding
    expect(text).not.toContain('Evidence appendix')
    expect(text).not.toContain(input.evidence[0]!.item.sha256)
  })

  it('says what changed since the audit it re-assesses', async () => {
    const before = fixtureInput()
    const input = fixtureInput({
      predecessor: {
        audit: { ...before.audit, startDate: '2026-05-20' },
        score: before.score,
        findings: before.findings,
      },
    })
    const text = await reportText(input)
    expect(text).toContain('What changed since 20 May 2026')
  })

  it('names a few practice areas on the cover, and counts many', () => {
    expect(coverSubtitle(['Incident Response'], ENGLISH)).toBe(
      'Incident Response — maturity assessment',
    )
    expect(coverSubtitle(['Incident Response', 'Source Control', 'Observability'], ENGLISH)).toBe(
      'Incident Response, Source Control and Observability — maturity assessment',
    )
    expect(
      coverSubtitle(
        Array.from({ length: 40 }, (_, i) => `Area ${i}`),
        ENGLISH,
      ),
    ).toBe('Maturity assessment across 40 practice areas')
  })

  it('is a package whose every part parses and every relationship resolves', async () => {
    const bytes = await packReport(buildReportModel(fixtureInput()), () => TINY_PNG, {
      now: PACKED_AT,
    })
    expect(checkDocxStructure(bytes)).toEqual([])
  })
})
