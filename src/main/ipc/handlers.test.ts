import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UserFacingError } from '@shared/errors'
import { createHandlers, type HandlerDeps } from './handlers'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'handlers-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function setup(overrides: Pick<HandlerDeps, 'writeFile'> = {}) {
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

describe('file:save', () => {
  it('offers a sanitised name in Documents, asks before overwriting, and writes the bytes', async () => {
    const { deps, handlers } = setup()
    const result = await handlers['file:save']({ defaultName: '../Acme: IR.docx', bytes })

    expect(deps.dialogs.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(folder, 'Acme IR.docx'),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    const target = path.join(folder, 'Report.docx')
    expect(result).toEqual({ status: 'saved', path: target, name: 'Report.docx' })
    expect(await readFile(target, 'utf8')).toBe('docx bytes')
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => undefined)
    const { deps, handlers } = setup({ writeFile })
    deps.dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(handlers['file:save']({ defaultName: 'a.docx', bytes })).resolves.toEqual({
      status: 'canceled',
    })
    expect(writeFile).not.toHaveBeenCalled()
  })

  it('explains a file that is open in Word', async () => {
    const writeFile = vi.fn(async () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
    })
    const { handlers } = setup({ writeFile })
    const saving = handlers['file:save']({ defaultName: 'a.docx', bytes })
    await expect(saving).rejects.toBeInstanceOf(UserFacingError)
    await expect(saving).rejects.toThrow(/open in another program/)
  })
})

describe('file:show-in-folder', () => {
  it('reveals a file saved in this session', async () => {
    const { deps, handlers } = setup()
    const saved = await handlers['file:save']({ defaultName: 'a.docx', bytes })
    if (saved.status !== 'saved') throw new Error('expected a save')
    await expect(handlers['file:show-in-folder']({ path: saved.path })).resolves.toEqual({
      shown: true,
    })
    expect(deps.shell.showItemInFolder).toHaveBeenCalledWith(saved.path)
  })

  it('refuses any other path', async () => {
    const { deps, handlers } = setup()
    const other = path.join(folder, 'secret.txt')
    await writeFile(other, 'x')
    await expect(handlers['file:show-in-folder']({ path: other })).resolves.toEqual({
      shown: false,
    })
    expect(deps.shell.showItemInFolder).not.toHaveBeenCalled()
  })
})

describe('file:open-path', () => {
  it('opens a report saved in this session in its program', async () => {
    const { deps, handlers } = setup()
    const saved = await handlers['file:save']({ defaultName: 'a.docx', bytes })
    if (saved.status !== 'saved') throw new Error('expected a save')
    await expect(handlers['file:open-path']({ path: saved.path })).resolves.toEqual({
      opened: true,
    })
    expect(deps.shell.openPath).toHaveBeenCalledWith(saved.path)
  })

  it('refuses a path it did not save, and says when the system could not open it', async () => {
    const { deps, handlers } = setup()
    const other = path.join(folder, 'run-me.sh')
    await writeFile(other, 'x')
    await expect(handlers['file:open-path']({ path: other })).resolves.toEqual({ opened: false })
    expect(deps.shell.openPath).not.toHaveBeenCalled()

    const saved = await handlers['file:save']({ defaultName: 'a.docx', bytes })
    if (saved.status !== 'saved') throw new Error('expected a save')
    deps.shell.openPath.mockResolvedValueOnce('No application is registered for .docx')
    await expect(handlers['file:open-path']({ path: saved.path })).resolves.toEqual({
      opened: false,
    })
  })
})

describe('file:open', () => {
  it('reads the chosen files', async () => {
    const file = path.join(folder, 'evidence.png')
    await writeFile(file, 'png')
    const { deps, handlers } = setup()
    deps.dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    const result = await handlers['file:open']({ multiple: true, title: 'Add evidence' })

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
    await expect(handlers['link:open-external']({ url })).resolves.toEqual({ opened })
    expect(deps.shell.openExternal).toHaveBeenCalledTimes(opened ? 1 : 0)
  })
})
