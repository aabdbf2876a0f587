import { describe, expect, it } from 'vitest'
import { trustedRendererOrigins } from '../ipc/trusted-sender'
import { createOriginPolicy } from './origin-policy'

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
