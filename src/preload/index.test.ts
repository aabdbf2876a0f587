import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real 'electron' module must never load in Node (it tries to download the binary).
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

const { api } = await import('./index')

beforeEach(() => electron.invoke.mockReset())

describe('preload bridge', () => {
  it('exposes only the api object, as window.workbook', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(electron.exposeInMainWorld).toHaveBeenCalledWith('workbook', api)
  })

  it('maps each capability to one channel (the surface the page can reach)', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: {} })
    const bytes = new Uint8Array([1, 2])
    await api.appInfo()
    await api.saveFile({ kind: 'report', defaultName: 'a.docx', bytes })
    const streamId = 'a'.repeat(32)
    await api.saveStream.begin({ kind: 'archive', defaultName: 'a.auditwb' })
    await api.saveStream.append({ streamId, bytes })
    await api.saveStream.finish({ streamId })
    await api.saveStream.abort({ streamId })
    await api.openFiles({ kind: 'evidence', maxBytes: 1024 })
    await api.showInFolder({ path: '/tmp/a.docx' })
    await api.openExternal({ url: 'https://example.com' })
    const pdf = { auditId: 'a1', defaultName: 'a.pdf', page: { width: 11906, height: 16838 } }
    await api.exportReportPdf(pdf)
    const credentials = { server: 'https://couch.example.com', username: 'ana', password: 'pw' }
    await api.team.askSession(credentials)
    await api.team.saveCredentials(credentials)
    await api.team.loadCredentials()
    await api.team.clearCredentials()
    expect(Object.keys(api)).toMatchInlineSnapshot(`
      [
        "appInfo",
        "saveFile",
        "saveStream",
        "openFiles",
        "showInFolder",
        "openPath",
        "openExternal",
        "exportReportPdf",
        "team",
      ]
    `)
    expect(electron.invoke.mock.calls).toEqual([
      ['app:info', undefined],
      ['file:save', { kind: 'report', defaultName: 'a.docx', bytes }],
      ['save-stream:begin', { kind: 'archive', defaultName: 'a.auditwb' }],
      ['save-stream:append', { streamId, bytes }],
      ['save-stream:finish', { streamId }],
      ['save-stream:abort', { streamId }],
      ['file:open', { kind: 'evidence', maxBytes: 1024 }],
      ['file:show-in-folder', { path: '/tmp/a.docx' }],
      ['link:open-external', { url: 'https://example.com' }],
      ['report:export-pdf', pdf],
      ['team:ask-session', credentials],
      ['team:credentials:save', credentials],
      ['team:credentials:load', undefined],
      ['team:credentials:clear', undefined],
    ])
  })

  it('returns the value of a successful call', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { shown: true } })
    await expect(api.showInFolder({ path: '/tmp/a.docx' })).resolves.toEqual({ shown: true })
  })

  it('turns a refusal into an Error carrying the readable message', async () => {
    electron.invoke.mockResolvedValue({ ok: false, error: 'The disk is full.' })
    await expect(api.openFiles({ kind: 'logo' })).rejects.toThrow(new Error('The disk is full.'))
  })
})
