import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from './external-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://example.com/wiki/runbooks', true],
    ['https://wiki.client.internal/page?id=3#top', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['app://workbook/index.html', false],
    ['https://user:secret@example.com', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed)
  })
})
