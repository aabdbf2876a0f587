import { describe, expect, it, vi } from 'vitest'
import { UserFacingError } from '@shared/errors'
import { registerHandlers, type Handlers } from './register-handlers'
import { createFakeIpcMain } from './test-support/fake-ipc-main'
import { createTrustedSenderCheck, trustedRendererOrigins } from './trusted-sender'

function stubHandlers(): Handlers {
  return {
    'app:info': vi.fn(async () => ({
      name: 'Audit Workbook',
      version: '0.1.0',
      runtime: 'electron' as const,
      platform: 'linux',
    })),
    'file:save': vi.fn(async () => ({ status: 'canceled' as const })),
    'save-stream:begin': vi.fn(async () => ({ status: 'canceled' as const })),
    'save-stream:append': vi.fn(async () => ({ written: 0 })),
    'save-stream:finish': vi.fn(async () => ({ status: 'canceled' as const })),
    'save-stream:abort': vi.fn(async () => ({ aborted: true as const })),
    'file:open': vi.fn(async () => ({ status: 'canceled' as const })),
    'file:show-in-folder': vi.fn(async () => ({ shown: false })),
    'file:open-path': vi.fn(async () => ({ opened: false })),
    'link:open-external': vi.fn(async () => ({ opened: false })),
    'report:export-pdf': vi.fn(async () => ({ status: 'canceled' as const })),
    'team:ask-session': vi.fn(async () => ({ reached: false as const })),
    'team:credentials:save': vi.fn(async () => ({ kept: 'keychain' as const })),
    'team:credentials:load': vi.fn(async () => null),
    'team:credentials:clear': vi.fn(async () => ({ cleared: true as const })),
  }
}

function setup(handlers = stubHandlers()) {
  const ipcMain = createFakeIpcMain()
  const logError = vi.fn()
  const isTrustedSender = createTrustedSenderCheck(trustedRendererOrigins(undefined))
  registerHandlers(ipcMain, handlers, { isTrustedSender, logError })
  return { ipcMain, handlers, logError }
}

const sender = { id: 1 }

describe('registerHandlers: senders', () => {
  it('answers the app page', async () => {
    const { ipcMain } = setup()
    await expect(ipcMain.invoke('app:info', undefined)).resolves.toMatchObject({ ok: true })
  })

  it.each([
    ['another origin', { sender, senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a file: page', { sender, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a subframe', { sender, senderFrame: { url: 'app://workbook/x.html', parent: { url: '' } } }],
    ['a destroyed frame', { sender, senderFrame: null }],
  ])('refuses %s without calling the handler', async (_name, event) => {
    const { ipcMain, handlers } = setup()
    const result = await ipcMain.invoke('link:open-external', { url: 'https://a.example' }, event)
    expect(result).toEqual({
      ok: false,
      error: 'Could not open the link: the request did not come from the Audit Workbook window.',
    })
    expect(handlers['link:open-external']).not.toHaveBeenCalled()
  })
})

describe('registerHandlers: payloads', () => {
  it.each([
    ['a missing field', 'file:show-in-folder', {}],
    ['a wrong type', 'file:open', { kind: 'evidence', maxBytes: 'all' }],
    ['a kind the contract does not have', 'file:open', { kind: 'anything' }],
    ['an unexpected field', 'link:open-external', { url: 'https://a.example', extra: 1 }],
    [
      'bytes that are not bytes',
      'file:save',
      { kind: 'report', defaultName: 'a.docx', bytes: [1, 2, 3] },
    ],
    ['an argument where none is expected', 'app:info', { sneaky: true }],
    [
      'a chunk over 16 MiB',
      'save-stream:append',
      { streamId: 'a'.repeat(32), bytes: new Uint8Array(16 * 1024 * 1024 + 1) },
    ],
    ['a made-up stream id', 'save-stream:finish', { streamId: '../../etc/passwd' }],
    [
      'a streamed save of an evidence copy',
      'save-stream:begin',
      { kind: 'evidence-copy', defaultName: 'a' },
    ],
  ] as const)('refuses %s with a readable message', async (_name, channel, request) => {
    const { ipcMain, handlers } = setup()
    const result = await ipcMain.invoke(channel, request)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Could not .+: the request was not valid \(.+\)/)
    expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it('passes the parsed request to the handler', async () => {
    const { ipcMain, handlers } = setup()
    await ipcMain.invoke('file:open', { kind: 'evidence', maxBytes: 1024 })
    expect(handlers['file:open']).toHaveBeenCalledWith({ kind: 'evidence', maxBytes: 1024 }, sender)
  })
})

describe('registerHandlers: failures', () => {
  it('passes a user-facing error through as its message', async () => {
    const handlers = stubHandlers()
    handlers['file:open'] = async () => {
      throw new UserFacingError('The disk is full.')
    }
    const { ipcMain, logError } = setup(handlers)
    await expect(ipcMain.invoke('file:open', { kind: 'logo' })).resolves.toEqual({
      ok: false,
      error: 'The disk is full.',
    })
    expect(logError).not.toHaveBeenCalled()
  })

  it('hides an unexpected error behind a readable message and logs it', async () => {
    const handlers = stubHandlers()
    const failure = new TypeError("Cannot read properties of undefined (reading 'x')")
    handlers['app:info'] = async () => {
      throw failure
    }
    const { ipcMain, logError } = setup(handlers)
    const result = await ipcMain.invoke('app:info', undefined)
    expect(result).toEqual({
      ok: false,
      error:
        'Could not read the app information because of an unexpected error. Try again; if it keeps happening, restart the app.',
    })
    expect(logError).toHaveBeenCalledWith('app:info', failure)
  })
})

describe('registerHandlers: registration', () => {
  const options = { isTrustedSender: () => true }

  it('rejects registering the same channels twice', () => {
    const ipcMain = createFakeIpcMain()
    registerHandlers(ipcMain, stubHandlers(), options)
    expect(() => registerHandlers(ipcMain, stubHandlers(), options)).toThrow(
      /registered twice: app:info, file:save/,
    )
  })

  it('rejects a handler for a channel that is not in the contract', () => {
    const handlers = { ...stubHandlers(), 'shell:exec': async () => ({}) }
    expect(() => registerHandlers(createFakeIpcMain(), handlers, options)).toThrow(/shell:exec/)
  })

  it('registers nothing when a handler is missing', () => {
    const ipcMain = createFakeIpcMain()
    const { 'file:open': _omitted, ...partial } = stubHandlers()
    expect(() => registerHandlers(ipcMain, partial as Handlers, options)).toThrow(/file:open/)
    expect(ipcMain.channels()).toEqual([])
  })
})
