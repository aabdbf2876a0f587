import { describe, expect, it } from 'vitest'
import { isTextEvidence, MAX_TEXT_EVIDENCE_BYTES } from './text-evidence'

describe('isTextEvidence', () => {
  it.each([
    [{ kind: 'snippet', mediaType: 'text/plain', size: 10 }, true],
    [{ kind: 'link', mediaType: 'text/uri-list', size: 10 }, true],
    [{ kind: 'file', mediaType: 'text/plain', size: 10 }, true],
    [{ kind: 'file', mediaType: 'application/json', size: 10 }, true],
    [{ kind: 'file', mediaType: 'text/csv', size: MAX_TEXT_EVIDENCE_BYTES + 1 }, false],
    [{ kind: 'file', mediaType: 'application/pdf', size: 10 }, false],
    [{ kind: 'screenshot', mediaType: 'image/png', size: 10 }, false],
  ] as const)('%o → %s', (item, expected) => expect(isTextEvidence(item)).toBe(expected))
})
