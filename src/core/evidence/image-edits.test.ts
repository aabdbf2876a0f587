import { describe, expect, it } from 'vitest'
import type { EvidenceEdit } from './derivation'
import { derivedFileName, editFrames, nextCalloutNumber, type ImageEdit } from './image-edits'

describe('editFrames', () => {
  it('moves the origin of later edits by each crop, and ends at the last crop', () => {
    const edits: ImageEdit[] = [
      { op: 'redact', rect: { x: 5, y: 5, width: 10, height: 10 }, color: '#000000' },
      { op: 'crop', rect: { x: 100, y: 50, width: 400, height: 300 } },
      { op: 'highlight', rect: { x: 1, y: 1, width: 10, height: 10 }, color: '#ffcc00' },
      { op: 'crop', rect: { x: 10, y: 20, width: 1000, height: 1000 } },
    ]
    const frames = editFrames(edits, { width: 800, height: 600 })
    expect(frames.origins).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 100, y: 50 },
    ])
    expect(frames.origin).toEqual({ x: 110, y: 70 })
    // The second crop ran off the first one's 400 × 300: clamped.
    expect(frames.size).toEqual({ width: 390, height: 280 })
  })
})

describe('nextCalloutNumber', () => {
  it('counts on from the highest callout', () => {
    expect(nextCalloutNumber([])).toBe(1)
    const callout = (number: number): ImageEdit => ({
      op: 'callout',
      at: { x: 0, y: 0 },
      number,
      color: '#d32f2f',
    })
    expect(nextCalloutNumber([callout(1), callout(3)])).toBe(4)
  })
})

describe('derivedFileName', () => {
  const redact: ImageEdit = {
    op: 'redact',
    rect: { x: 0, y: 0, width: 1, height: 1 },
    color: '#000000',
  }
  const arrow: ImageEdit = {
    op: 'arrow',
    from: { x: 0, y: 0 },
    to: { x: 5, y: 5 },
    color: '#d32f2f',
  }
  it('says whether the version was redacted or only annotated', () => {
    expect(derivedFileName('rota.png', [arrow, redact], 'png')).toBe('rota (redacted).png')
    expect(derivedFileName('rota.jpeg', [arrow], 'png')).toBe('rota (annotated).png')
    expect(derivedFileName('  ', [arrow], 'png')).toBe('evidence (annotated).png')
    const page: EvidenceEdit = { op: 'pdf-page', page: 3, scale: 2 }
    expect(derivedFileName('runbook.pdf', [page, redact], 'png')).toBe(
      'runbook page 3 (redacted).png',
    )
  })
})
