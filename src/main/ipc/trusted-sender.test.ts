import { describe, expect, it } from 'vitest'
import {
  createTrustedSenderCheck,
  originOf,
  trustedRendererOrigins,
  type InvokeEventLike,
} from './trusted-sender'

const topFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } })
const subFrame = (url: string): InvokeEventLike => ({
  senderFrame: { url, parent: { url: 'app://workbook/index.html', parent: null } },
})

describe('originOf', () => {
  it.each([
    ['app://workbook/index.html', 'app://workbook'],
    ['APP://Workbook/', 'app://workbook'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['file:///C:/app/index.html', null],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })
})

describe('trusted sender check (packaged)', () => {
  const isTrusted = createTrustedSenderCheck(trustedRendererOrigins(undefined))

  it.each([
    ['the app page', topFrame('app://workbook/index.html'), true],
    ['the app page with a hash route', topFrame('app://workbook/index.html#/audits/1'), true],
    ['another app host', topFrame('app://evil/index.html'), false],
    ['a look-alike host', topFrame('app://workbook.evil.com/'), false],
    ['a web page', topFrame('https://example.com/'), false],
    ['a local file', topFrame('file:///tmp/index.html'), false],
    ['the dev server when packaged', topFrame('http://localhost:5173/'), false],
    ['a subframe of the app', subFrame('app://workbook/preview.html'), false],
    ['a destroyed frame', { senderFrame: null }, false],
  ])('%s → %s', (_name, event, expected) => {
    expect(isTrusted(event)).toBe(expected)
  })
})

describe('trusted sender check (development)', () => {
  const isTrusted = createTrustedSenderCheck(trustedRendererOrigins('http://localhost:5173/'))

  it('trusts the dev server origin only, port included', () => {
    expect(isTrusted(topFrame('http://localhost:5173/index.html'))).toBe(true)
    expect(isTrusted(topFrame('http://localhost:5174/index.html'))).toBe(false)
    expect(isTrusted(topFrame('app://workbook/index.html'))).toBe(true)
  })

  it('ignores a dev server URL that is not http', () => {
    expect(trustedRendererOrigins('file:///tmp/x')).toEqual(['app://workbook'])
  })
})
