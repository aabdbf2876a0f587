import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { trustedRendererOrigins } from '../ipc/trusted-sender'
import {
  guardWebContents,
  hardenSession,
  type GuardedContents,
  type GuardedSession,
} from './guards'
import { createOriginPolicy } from './origin-policy'

const policy = createOriginPolicy(trustedRendererOrigins(undefined))

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler
    },
  }) as EventEmitter & GuardedContents
  const emitPreventable = (name: string, url = ''): boolean => {
    const event = { preventDefault: vi.fn() }
    emitter.emit(name, event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  const open = (url: string) => openHandler?.({ url })
  return { contents, emitPreventable, open }
}

function setup() {
  const openExternal = vi.fn(async () => undefined)
  const fake = fakeContents()
  guardWebContents(fake.contents, { policy, shell: { openExternal } })
  return { ...fake, openExternal }
}

describe('guardWebContents', () => {
  it.each([
    ['will-navigate', 'app://workbook/index.html#/library', false],
    ['will-navigate', 'https://example.com/', true],
    ['will-navigate', 'file:///Users/me/Downloads/dropped.html', true],
    ['will-redirect', 'app://workbook/index.html', false],
    ['will-redirect', 'https://example.com/', true],
  ])('%s to %s → prevented %s', (event, url, prevented) => {
    const { emitPreventable } = setup()
    expect(emitPreventable(event, url)).toBe(prevented)
  })

  it('never attaches a <webview>', () => {
    const { emitPreventable } = setup()
    expect(emitPreventable('will-attach-webview')).toBe(true)
  })

  it('denies every new window, sending only allowed https links to the browser', async () => {
    const { open, openExternal } = setup()
    expect(open('https://example.com/guide')).toEqual({ action: 'deny' })
    expect(open('http://example.com/')).toEqual({ action: 'deny' })
    expect(open('app://workbook/index.html')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalled())
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide')
  })
})

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: {
      request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0]
      check?: Parameters<GuardedSession['setPermissionCheckHandler']>[0]
      beforeRequest?: Parameters<GuardedSession['webRequest']['onBeforeRequest']>[0]
    } = {}
    const session: GuardedSession = {
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      webRequest: { onBeforeRequest: (listener) => (handlers.beforeRequest = listener) },
    }
    hardenSession(session, { policy, shell: { openExternal: vi.fn() } })
    return handlers
  }

  it('denies permission requests and checks, except persistent storage for the app', () => {
    const { request, check } = fakeSession()
    const answer = (permission: string, url: string) => {
      const callback = vi.fn()
      request?.(null, permission, callback, { requestingUrl: url })
      return callback.mock.calls[0]?.[0]
    }
    expect(answer('media', 'app://workbook/index.html')).toBe(false)
    expect(answer('notifications', 'app://workbook/index.html')).toBe(false)
    expect(answer('persistent-storage', 'app://workbook/index.html')).toBe(true)
    expect(check?.(null, 'geolocation', 'app://workbook')).toBe(false)
    expect(check?.(null, 'persistent-storage', 'https://example.com')).toBe(false)
  })

  it('cancels every request that leaves the app', () => {
    const { beforeRequest } = fakeSession()
    const cancelled = (url: string) => {
      const callback = vi.fn()
      beforeRequest?.({ url }, callback)
      return callback.mock.calls[0]?.[0]
    }
    expect(cancelled('app://workbook/assets/a.js')).toEqual({ cancel: false })
    expect(cancelled('https://example.com/tracker.gif')).toEqual({ cancel: true })
    expect(cancelled('http://localhost:5173/')).toEqual({ cancel: true })
  })
})
