import { describe, expect, it } from 'vitest'
import { redactedFileName } from './redacted-name'

describe('redactedFileName', () => {
  it.each([
    ['config.txt', 'config (redacted).txt'],
    ['settings.yaml', 'settings (redacted).yaml'],
    ['.env', '.env (redacted)'],
    ['Deploy token', 'Deploy token (redacted)'],
    ['https://git.example.org/repo', 'https://git.example.org/repo (redacted)'],
    ['notes.2026 draft', 'notes.2026 draft (redacted)'],
  ])('%s → %s', (name, expected) => expect(redactedFileName(name)).toBe(expected))
})
