import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './serve-app-protocol'

const root = path.resolve('/opt/aw/renderer')
const files = new Map([[path.join(root, 'index.html'), new TextEncoder().encode('<h1>hi</h1>')]])
const readFile = vi.fn(async (filePath: string) => {
  const bytes = files.get(filePath)
  if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
  return bytes
})
const handler = createAppProtocolHandler(root, readFile)

describe('app protocol handler', () => {
  it('serves index.html under the CSP, with nosniff and the right type', async () => {
    const response = await handler(new Request('app://workbook/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<h1>hi</h1>')
  })

  it('answers a missing file with 404, still under the CSP', async () => {
    const response = await handler(new Request('app://workbook/missing.js'))
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('names the team server in the CSP of pages served while it is connected, and only then', async () => {
    let teamPolicy = CONTENT_SECURITY_POLICY
    const connected = createAppProtocolHandler(root, readFile, () => teamPolicy)
    teamPolicy = CONTENT_SECURITY_POLICY.replace(
      "connect-src 'self' blob:",
      "connect-src 'self' blob: https://couch.example.com",
    )
    const during = await connected(new Request('app://workbook/'))
    expect(during.headers.get('Content-Security-Policy')).toContain('https://couch.example.com')
    teamPolicy = CONTENT_SECURITY_POLICY
    const after = await connected(new Request('app://workbook/'))
    expect(after.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('never reads a file for a traversal attempt', async () => {
    readFile.mockClear()
    const response = await handler(new Request('app://workbook/%2e%2e%2fmain/index.js'))
    expect(response.status).toBe(404)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(new Request('app://workbook/', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
  })

  it('registers the scheme as standard and secure, the origin IndexedDB is keyed by', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    })
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP')
  })
})
