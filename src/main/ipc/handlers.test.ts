import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UserFacingError } from '@shared/errors'
import { requestSchemas } from '@shared/ipc-contract'
import { createHandlers, type HandlerDeps } from './handlers'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'handlers-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function setup(overrides: Pick<HandlerDeps, 'writeFile' | 'watchWindows'> = {}) {
  const deps = {
    app: {
      getName: () => 'Audit Workbook',
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'documents' ? folder : path.join(folder, name)),
    },
    platform: 'linux' as const,
    dialogs: {
      showSaveDialog: vi.fn(async () => ({
        canceled: false,
        filePath: path.join(folder, 'Report.docx'),
      })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    },
    shell: {
      showItemInFolder: vi.fn(),
      openExternal: vi.fn(async () => undefined),
      openPath: vi.fn(async () => ''),
    },
    ...overrides,
  }
  return { deps, handlers: createHandlers(deps) }
}

const bytes = new TextEncoder().encode('docx bytes')
/** The window every request here comes from. */
const WINDOW = { id: 1 }

const report = (defaultName = 'a.docx') => ({ kind: 'report' as const, defaultName, bytes })

describe('file:save', () => {
  it('offers a sanitised name in Documents, asks before overwriting, and writes the bytes', async () => {
    const { deps, handlers } = setup()
    const result = await handlers['file:save'](report('../Acme: IR.docx'), WINDOW)

    expect(deps.dialogs.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save the report',
      defaultPath: path.join(folder, 'Acme IR.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    const target = path.join(folder, 'Report.docx')
    expect(result).toEqual({ status: 'saved', path: target, name: 'Report.docx', canOpen: true })
    expect(await readFile(target, 'utf8')).toBe('docx bytes')
  })

  it.each([
    ['report', 'Acme.cmd', 'Save the report', 'Word document', 'docx', 'Acme.docx'],
    ['action-plan', 'Acme – actions.exe', 'Export action plan', 'CSV', 'csv', 'Acme – actions.csv'],
    ['archive', 'Acme', 'Export archive', 'Audit Workbook archive', 'auditwb', 'Acme.auditwb'],
    ['workbook', 'Bank.xlsm', 'Export to a workbook', 'Excel workbook', 'xlsx', 'Bank.xlsx'],
    ['content-pack', 'Bank.js', 'Export a content pack', 'Content pack', 'json', 'Bank.json'],
  ] as const)(
    'decides the title, filter and extension of a %s save, whatever name is suggested',
    async (kind, defaultName, title, filterName, extension, suggested) => {
      const { deps, handlers } = setup()
      await handlers['file:save']({ kind, defaultName, bytes }, WINDOW)
      expect(deps.dialogs.showSaveDialog).toHaveBeenCalledWith(
        expect.objectContaining({
          title,
          filters: [{ name: filterName, extensions: [extension] }],
          defaultPath: path.join(folder, suggested),
        }),
      )
    },
  )

  it.each([
    ['invoice\u202Efdp.exe', 'application/x-msdownload', 'invoicefdp.bin', 'bin'],
    ['setup.exe', 'application/pdf', 'setup.pdf', 'pdf'],
    ['photo.JPEG', 'image/jpeg', 'photo.jpeg', 'jpeg'],
    ['notes.log', 'text/plain', 'notes.log', 'log'],
    ['capture.pcap', 'application/octet-stream', 'capture.pcap', 'pcap'],
    ['macro.docm', 'application/octet-stream', 'macro.bin', 'bin'],
    ['run.ps1', 'text/x-powershell', 'run.bin', 'bin'],
    ['shortcut.lnk', 'application/octet-stream', 'shortcut.bin', 'bin'],
    ['Link title.txt', 'text/uri-list', 'Link title.txt', 'txt'],
  ])(
    'saves a copy of evidence %j (%s) as %j, never with an executable extension',
    async (defaultName, mediaType, suggested, extension) => {
      const { deps, handlers } = setup()
      deps.dialogs.showSaveDialog.mockResolvedValueOnce({
        canceled: false,
        filePath: path.join(folder, `copy.${extension}`),
      })
      const saved = await handlers['file:save'](
        {
          kind: 'evidence-copy',
          defaultName,
          mediaType,
          bytes,
        },
        WINDOW,
      )
      expect(deps.dialogs.showSaveDialog).toHaveBeenCalledWith(
        expect.objectContaining({
          title: 'Save a copy of the evidence',
          defaultPath: path.join(folder, suggested),
          filters: [expect.objectContaining({ extensions: [extension] })],
        }),
      )
      expect(saved).toMatchObject({ status: 'saved', canOpen: false })
    },
  )

  it.each([
    ['a name typed without the extension', 'Report', 'Report.docx'],
    ['a name typed with another extension', 'Report.cmd', 'Report.cmd.docx'],
    ['the extension in capitals', 'Report.DOCX', 'Report.DOCX'],
  ])('gives %s its kind’s extension', async (_, typed, written) => {
    const { deps, handlers } = setup()
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(folder, typed),
    })
    const saved = await handlers['file:save'](report(), WINDOW)
    expect(saved).toMatchObject({ status: 'saved', name: written })
    expect(await readFile(path.join(folder, written), 'utf8')).toBe('docx bytes')
  })

  it('reports the saved name without bidi controls, whoever typed them', async () => {
    const { deps, handlers } = setup()
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(folder, 'Report\u202Excod.docx'),
    })
    await expect(handlers['file:save'](report(), WINDOW)).resolves.toMatchObject({
      name: 'Reportxcod.docx',
    })
  })

  it('does not replace a file the dialog did not ask about when it adds the extension', async () => {
    const { deps, handlers } = setup()
    await writeFile(path.join(folder, 'Report.docx'), 'the client’s signed copy')
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(folder, 'Report'),
    })
    await expect(handlers['file:save'](report(), WINDOW)).rejects.toThrow(
      '“Report.docx” already exists in that folder.',
    )
    expect(await readFile(path.join(folder, 'Report.docx'), 'utf8')).toBe(
      'the client’s signed copy',
    )
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => undefined)
    const { deps, handlers } = setup({ writeFile })
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(handlers['file:save'](report(), WINDOW)).resolves.toEqual({ status: 'canceled' })
    expect(writeFile).not.toHaveBeenCalled()
  })

  it('explains a file that is open in Word', async () => {
    const writeFile = vi.fn(async () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
    })
    const { handlers } = setup({ writeFile })
    const saving = handlers['file:save'](report(), WINDOW)
    await expect(saving).rejects.toBeInstanceOf(UserFacingError)
    await expect(saving).rejects.toThrow(/open in another program/)
  })
})

describe('file:save request (the contract)', () => {
  const schema = requestSchemas['file:save']

  it.each([
    ['a title', { ...report(), title: 'Word document' }],
    ['filters', { ...report(), filters: [{ name: 'Word document', extensions: ['cmd'] }] }],
    ['an unknown kind', { kind: 'script', defaultName: 'a.cmd', bytes }],
    ['a media type for a report', { ...report(), mediaType: 'application/pdf' }],
    ['an evidence copy without its media type', { kind: 'evidence-copy', defaultName: 'a', bytes }],
    [
      'a media type that is not one',
      { kind: 'evidence-copy', defaultName: 'a', bytes, mediaType: '../../x' },
    ],
  ])('refuses %s from the renderer', (_, request) => {
    expect(schema.safeParse(request).success).toBe(false)
  })
})

describe('file:show-in-folder', () => {
  it('reveals a file saved in this session', async () => {
    const { deps, handlers } = setup()
    const saved = await handlers['file:save'](report(), WINDOW)
    if (saved.status !== 'saved') throw new Error('expected a save')
    await expect(handlers['file:show-in-folder']({ path: saved.path }, WINDOW)).resolves.toEqual({
      shown: true,
    })
    expect(deps.shell.showItemInFolder).toHaveBeenCalledWith(saved.path)
  })

  it('refuses any other path', async () => {
    const { deps, handlers } = setup()
    const other = path.join(folder, 'secret.txt')
    await writeFile(other, 'x')
    await expect(handlers['file:show-in-folder']({ path: other }, WINDOW)).resolves.toEqual({
      shown: false,
    })
    expect(deps.shell.showItemInFolder).not.toHaveBeenCalled()
  })
})

describe('file:open-path', () => {
  it.each([
    ['report', 'Report.docx'],
    ['action-plan', 'Actions.csv'],
  ] as const)('opens a %s saved in this session in its program', async (kind, name) => {
    const { deps, handlers } = setup()
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(folder, name),
    })
    const saved = await handlers['file:save']({ kind, defaultName: name, bytes }, WINDOW)
    if (saved.status !== 'saved') throw new Error('expected a save')
    expect(saved.canOpen).toBe(true)
    await expect(handlers['file:open-path']({ path: saved.path }, WINDOW)).resolves.toEqual({
      opened: true,
    })
    expect(deps.shell.openPath).toHaveBeenCalledWith(saved.path)
  })

  it.each([
    ['a copy of an evidence file', { kind: 'evidence-copy', mediaType: 'application/pdf' }],
    ['an archive', { kind: 'archive' }],
  ] as const)('never opens %s, though it saved it', async (_, request) => {
    const { deps, handlers } = setup()
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: path.join(folder, 'saved.pdf'),
    })
    const saved = await handlers['file:save'](
      { ...request, defaultName: 'saved.pdf', bytes },
      WINDOW,
    )
    if (saved.status !== 'saved') throw new Error('expected a save')
    expect(saved.canOpen).toBe(false)
    await expect(handlers['file:open-path']({ path: saved.path }, WINDOW)).resolves.toEqual({
      opened: false,
    })
    expect(deps.shell.openPath).not.toHaveBeenCalled()
    // It can still be shown in its folder.
    await expect(handlers['file:show-in-folder']({ path: saved.path }, WINDOW)).resolves.toEqual({
      shown: true,
    })
  })

  it('refuses a path it did not save, and says when the system could not open it', async () => {
    const { deps, handlers } = setup()
    const other = path.join(folder, 'run-me.sh')
    await writeFile(other, 'x')
    await expect(handlers['file:open-path']({ path: other }, WINDOW)).resolves.toEqual({
      opened: false,
    })
    expect(deps.shell.openPath).not.toHaveBeenCalled()

    const saved = await handlers['file:save'](report(), WINDOW)
    if (saved.status !== 'saved') throw new Error('expected a save')
    deps.shell.openPath.mockResolvedValueOnce('No application is registered for .docx')
    await expect(handlers['file:open-path']({ path: saved.path }, WINDOW)).resolves.toEqual({
      opened: false,
    })
  })
})

describe('file:open', () => {
  it('reads the chosen files, with the title and selection of their kind', async () => {
    const file = path.join(folder, 'evidence.png')
    await writeFile(file, 'png')
    const { deps, handlers } = setup()
    deps.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    const result = await handlers['file:open']({ kind: 'evidence' }, WINDOW)

    expect(deps.dialogs.showOpenDialog).toHaveBeenCalledWith({
      title: 'Add evidence',
      properties: ['openFile', 'multiSelections'],
    })
    expect(result).toMatchObject({ status: 'opened', files: [{ name: 'evidence.png' }] })
    if (result.status === 'opened') {
      expect(new TextDecoder().decode(result.files[0]?.bytes)).toBe('png')
      expect(result.files[0]?.bytes.constructor).toBe(Uint8Array)
    }
  })

  it('shows a chosen name without its bidi controls', async () => {
    const file = path.join(folder, 'invoice\u202Efdp.exe')
    await writeFile(file, 'MZ')
    const { deps, handlers } = setup()
    deps.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    const result = await handlers['file:open']({ kind: 'evidence' }, WINDOW)
    expect(result).toMatchObject({ status: 'opened', files: [{ name: 'invoicefdp.exe' }] })
  })
})

describe('link:open-external', () => {
  it.each([
    ['https://example.com/guide', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@example.com', false],
  ])('%s → opened %s', async (url, opened) => {
    const { deps, handlers } = setup()
    await expect(handlers['link:open-external']({ url }, WINDOW)).resolves.toEqual({ opened })
    expect(deps.shell.openExternal).toHaveBeenCalledTimes(opened ? 1 : 0)
  })
})

describe('save-stream', () => {
  it('belongs to the window that began it, and is dropped when that window goes away', async () => {
    let windowGone: (owner: number) => void = () => {}
    const { handlers } = setup({ watchWindows: (onGone) => void (windowGone = onGone) })
    const begun = await handlers['save-stream:begin']({ kind: 'report', defaultName: 'a' }, WINDOW)
    if (begun.status !== 'open') throw new Error('not open')
    const { streamId } = begun

    await expect(
      handlers['save-stream:append']({ streamId, bytes }, { id: 2 }),
    ).rejects.toBeInstanceOf(UserFacingError)
    await handlers['save-stream:append']({ streamId, bytes }, { id: 1 })
    windowGone(1)
    await vi.waitFor(async () => expect(await readdir(folder)).toEqual([]))
    await expect(handlers['save-stream:finish']({ streamId }, { id: 1 })).rejects.toThrow(
      /not open any more/,
    )
  })
})
