import { describe, expect, it } from 'vitest'
import { trustedRendererOrigins } from '../ipc/trusted-sender'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { allowedTeamOrigin, appContentSecurityPolicy, createOriginPolicy } from './origin-policy'

const packaged = createOriginPolicy(trustedRendererOrigins(undefined))
const dev = createOriginPolicy(trustedRendererOrigins('http://localhost:5173/'))

describe('isAllowedRequest: the app is offline', () => {
  it.each([
    ['app://workbook/index.html', true, true],
    ['app://workbook/assets/index.js', true, true],
    ['blob:app://workbook/5f0c-1a', true, true],
    ['data:image/png;base64,AAAA', true, true],
    ['devtools://devtools/bundled/devtools_app.html', true, true],
    ['http://localhost:5173/src/main.tsx', false, true],
    ['ws://localhost:5173/', false, true],
    ['http://localhost:5174/', false, false],
    ['https://example.com/analytics.js', false, false],
    ['https://fonts.googleapis.com/css2', false, false],
    ['http://169.254.169.254/latest/meta-data', false, false],
    ['wss://example.com/socket', false, false],
    ['file:///etc/passwd', false, false],
    ['app://other/index.html', false, false],
    ['chrome-extension://abc/script.js', false, false],
  ])('%s → packaged %s, dev %s', (url, inPackaged, inDev) => {
    expect(packaged.isAllowedRequest(url)).toBe(inPackaged)
    expect(dev.isAllowedRequest(url)).toBe(inDev)
  })
})

describe('isAppUrl: where the window may navigate', () => {
  it.each([
    ['app://workbook/index.html#/audits', true],
    ['app://workbook.evil/index.html', false],
    ['https://example.com', false],
    ['file:///tmp/dropped.html', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
  ])('%s → %s', (url, allowed) => {
    expect(packaged.isAppUrl(url)).toBe(allowed)
  })
})

describe('isPermissionGranted', () => {
  it.each([
    ['persistent-storage', 'app://workbook/index.html', true],
    ['persistent-storage', 'https://example.com/', false],
    ['notifications', 'app://workbook/index.html', false],
    ['media', 'app://workbook/index.html', false],
    ['geolocation', 'app://workbook/index.html', false],
    ['clipboard-read', 'app://workbook/index.html', true],
    ['clipboard-read', 'https://example.com/', false],
    ['clipboard-sanitized-write', 'app://workbook/index.html', true],
    ['openExternal', 'app://workbook/index.html', false],
    ['hid', 'app://workbook/index.html', false],
    ['unknown', 'app://workbook/index.html', false],
  ])('%s from %s → %s', (permission, url, granted) => {
    expect(packaged.isPermissionGranted(permission, url)).toBe(granted)
  })
})

describe('the team server (issue 18): allowed only while connected', () => {
  let connected: string | null = null
  const policy = createOriginPolicy(trustedRendererOrigins(undefined), () => connected)

  it('allows its origin’s http(s) requests while connected, and forbids them again after', () => {
    const url = 'https://couch.example.com/shared-audit-1/_changes?feed=longpoll'
    expect(policy.isAllowedRequest(url)).toBe(false)
    connected = 'https://couch.example.com'
    expect(policy.isAllowedRequest(url)).toBe(true)
    expect(policy.isAllowedRequest('https://couch.example.com:6984/')).toBe(false)
    expect(policy.isAllowedRequest('http://couch.example.com/')).toBe(false)
    expect(policy.isAllowedRequest('wss://couch.example.com/')).toBe(false)
    expect(policy.isAllowedRequest('https://other.example.com/')).toBe(false)
    // Talking to a server is not navigating to it, nor granting it anything.
    expect(policy.isAppUrl(url)).toBe(false)
    expect(policy.isPermissionGranted('clipboard-read', url)).toBe(false)
    connected = null
    expect(policy.isAllowedRequest(url)).toBe(false)
  })

  it('allows plain http to a loopback server only', () => {
    connected = 'http://127.0.0.1:5984'
    expect(policy.isAllowedRequest('http://127.0.0.1:5984/_session')).toBe(true)
    connected = 'http://couch.example.com'
    expect(policy.isAllowedRequest('http://couch.example.com/_session')).toBe(false)
    connected = null
  })

  it.each([
    ['https://couch.example.com', 'https://couch.example.com'],
    ['https://couch.example.com:6984', 'https://couch.example.com:6984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://localhost:5984', 'http://localhost:5984'],
    ['http://[::1]:5984', 'http://[::1]:5984'],
    ['http://couch.example.com', null],
    ['http://10.0.0.5:5984', null],
    ['https://couch.example.com/path', null],
    ['https://ana:pw@couch.example.com', null],
    ['file:///etc', null],
    ['*', null],
    [null, null],
  ])('allowedTeamOrigin(%s) → %s', (origin, allowed) => {
    expect(allowedTeamOrigin(origin)).toBe(allowed)
  })

  it('names the server in connect-src only, and only an allowed one', () => {
    expect(appContentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY)
    expect(appContentSecurityPolicy('http://couch.example.com')).toBe(CONTENT_SECURITY_POLICY)
    expect(appContentSecurityPolicy("https://a.example; script-src 'unsafe-eval'")).toBe(
      CONTENT_SECURITY_POLICY,
    )
    const policy = appContentSecurityPolicy('https://couch.example.com')
    expect(policy).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self' blob:",
        "connect-src 'self' blob: https://couch.example.com",
      ),
    )
  })
})
