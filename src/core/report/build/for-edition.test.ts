import { describe, expect, it } from 'vitest'
import { editionFixture, INTERNAL_MARKER } from '../test-support/edition-fixture'
import { buildReportModel } from './build-report-model'

const textOf = (value: unknown) => JSON.stringify(value)

describe('the client and internal editions of the report model', () => {
  it('leaves every internal note and item out of the client edition', () => {
    const model = buildReportModel(editionFixture('client'))
    expect(textOf(model)).not.toContain(INTERNAL_MARKER)
    expect(model.media.map((m) => m.id)).not.toContain('ev-1/page')
    expect(model.cover.edition).toBe('client')
  })

  it('numbers the evidence the client sees without a gap where an internal item was', () => {
    const body = textOf(buildReportModel(editionFixture('client')).body)
    expect(body).toContain('E1 · Caption of postmortem-template.pdf')
    expect(body).not.toContain('E2 ·')
  })

  it('keeps the finding of an internal note, saying only how it was rated', () => {
    const body = textOf(buildReportModel(editionFixture('client')).body)
    expect(body).toContain('Rated Not met in the interview.')
    expect(body).not.toContain('No notes were recorded')
  })

  it('keeps everything in the internal edition and says so on its cover', () => {
    const model = buildReportModel(editionFixture('internal'))
    expect(textOf(model.body)).toContain(`Ops lead leaving in March (${INTERNAL_MARKER}).`)
    expect(textOf(model.body)).toContain(`E1 · Dashboard ${INTERNAL_MARKER}`)
    expect(model.media.map((m) => m.id)).toContain('ev-1/page')
    expect(model.cover.edition).toBe('internal')
  })
})
