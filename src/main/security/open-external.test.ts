import { describe, expect, it, vi } from 'vitest'
import { openExternalIfAllowed } from './open-external'

describe('openExternalIfAllowed', () => {
  it.each([
    ['https://example.com/guide', 'https://example.com/guide'],
    ['https://EXAMPLE.com', 'https://example.com/'],
    ['  https://example.com/a b', 'https://example.com/a%20b'],
    ['https://exa\nmple.com/', 'https://example.com/'],
  ])('opens %j as %s', async (url, opened) => {
    const shell = { openExternal: vi.fn(async () => undefined) }
    await expect(openExternalIfAllowed(shell, url)).resolves.toBe(true)
    expect(shell.openExternal).toHaveBeenCalledWith(opened)
  })

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share/payload.exe',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'https://user:pass@example.com/',
    'https://',
    'app://workbook/index.html',
    'not a url',
    '',
  ])('refuses %j', async (url) => {
    const shell = { openExternal: vi.fn(async () => undefined) }
    await expect(openExternalIfAllowed(shell, url)).resolves.toBe(false)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})
