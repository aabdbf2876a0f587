import type { PrintToPDFOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { UserFacingError } from '@shared/errors'
import { requestSchemas, type RequestOf } from '@shared/ipc-contract'
import { printReportPdf, type PrintReportPdfDeps, type PrintWindow } from './print-report-pdf'

const A4 = { width: 11906, height: 16838 }
const request: RequestOf<'report:export-pdf'> = {
  auditId: 'a1b2-c3',
  defaultName: 'Acme – Report.pdf',
  page: A4,
}
const PDF = new TextEncoder().encode('%PDF-1.7 test')

function fakeWindow(readyState: unknown = { ready: true }) {
  const win = {
    loadURL: vi.fn(async () => undefined),
    webContents: {
      executeJavaScript: vi.fn(async (_code: string): Promise<unknown> => readyState),
      printToPDF: vi.fn(async (_options: PrintToPDFOptions) => PDF),
    },
    destroy: vi.fn(),
  } satisfies PrintWindow
  return win
}

function deps(win: PrintWindow, patch: Partial<PrintReportPdfDeps> = {}): PrintReportPdfDeps {
  return {
    openPrintWindow: () => win,
    printViewUrl: (id) => `app://workbook/index.html#/audits/${id}/report/print`,
    save: vi.fn(async () => ({
      status: 'saved' as const,
      path: '/docs/Acme – Report.pdf',
      name: 'Acme – Report.pdf',
      canOpen: true,
    })),
    ...patch,
  }
}

describe('printReportPdf', () => {
  it('prints the audit’s print view on the report’s paper, with bookmarks, then saves it as a PDF', async () => {
    const win = fakeWindow()
    const d = deps(win)
    const result = await printReportPdf(request, d)

    expect(win.loadURL).toHaveBeenCalledWith(
      'app://workbook/index.html#/audits/a1b2-c3/report/print',
    )
    const options = win.webContents.printToPDF.mock.calls[0]?.[0]
    expect(options).toMatchObject({
      printBackground: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
    })
    expect(options?.pageSize).toEqual({ width: 11906 / 1440, height: 16838 / 1440 })
    expect(d.save).toHaveBeenCalledWith({
      kind: 'report-pdf',
      defaultName: 'Acme – Report.pdf',
      bytes: PDF,
    })
    expect(result.status).toBe('saved')
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('says why when the print view could not make the report, saves nothing and closes the window', async () => {
    const win = fakeWindow({
      ready: false,
      message: 'The report could not be made: This audit no longer exists.',
    })
    const d = deps(win)
    const failure = printReportPdf(request, d)
    await expect(failure).rejects.toBeInstanceOf(UserFacingError)
    await expect(failure).rejects.toThrow(/This audit no longer exists/)
    expect(win.webContents.printToPDF).not.toHaveBeenCalled()
    expect(d.save).not.toHaveBeenCalled()
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('gives up with a message when the print view never gets ready, and closes the window', async () => {
    const win = fakeWindow()
    win.webContents.executeJavaScript.mockImplementation(() => new Promise(() => {}))
    const d = deps(win, { readyTimeoutMs: 5 })
    await expect(printReportPdf(request, d)).rejects.toThrow(/took too long/)
    expect(d.save).not.toHaveBeenCalled()
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('closes the window when printing fails', async () => {
    const win = fakeWindow()
    win.webContents.printToPDF.mockRejectedValue(new Error('printing failed'))
    await expect(printReportPdf(request, deps(win))).rejects.toThrow('printing failed')
    expect(win.destroy).toHaveBeenCalledOnce()
  })
})

describe('the report:export-pdf request', () => {
  const schema = requestSchemas['report:export-pdf']

  it('accepts an audit id and a page of sensible size', () => {
    expect(schema.safeParse(request).success).toBe(true)
    expect(schema.safeParse({ ...request, page: { width: 12240, height: 15840 } }).success).toBe(
      true,
    )
  })

  it.each([
    ['an id that would change the print view’s address', { auditId: '../settings' }],
    ['an id with a hash', { auditId: 'a#/settings' }],
    ['an empty id', { auditId: '' }],
    ['a page of zero size', { page: { width: 0, height: 0 } }],
    ['a page a kilometre long', { page: { width: 11906, height: 10_000_000 } }],
    ['an extra field', { landscape: true }],
  ])('refuses %s', (_, patch) => {
    expect(schema.safeParse({ ...request, ...patch }).success).toBe(false)
  })
})
