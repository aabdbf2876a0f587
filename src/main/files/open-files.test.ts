import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openFiles, type OpenFilesDeps } from './open-files'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'open-files-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const choose = (...filePaths: string[]) => vi.fn(async () => ({ canceled: false, filePaths }))

const MB = 1024 * 1024

/** A disk holding files of the given sizes, without writing them: only `stat` sees them. */
function sizedFiles(sizes: Record<string, number>) {
  const readFile = vi.fn(async () => Buffer.from('bytes'))
  const fs = {
    stat: vi.fn(async (filePath: string) => {
      const size = sizes[path.basename(filePath)]
      if (size === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return { isFile: () => true, size, mtimeMs: 0 }
    }),
    readFile,
  } as unknown as NonNullable<OpenFilesDeps['fs']>
  return { fs, readFile }
}

describe('openFiles: size limits, checked before anything is read', () => {
  it.each([
    [
      'content-pack',
      'pack.json',
      5 * MB + 1,
      /“pack.json” is 5,242,881 bytes, larger than the 5 MB a content pack may be/,
    ],
    ['logo', 'logo.png', 3 * MB, /“logo.png” is 3 MB, larger than the 2 MB a logo may be/],
    [
      'archive',
      'backup.auditwb',
      1024 * MB + 1,
      /“backup.auditwb” is 1,073,741,825 bytes, larger than the 1 GB an archive may be/,
    ],
    [
      'evidence',
      'video.mp4',
      1536 * MB,
      /“video.mp4” is 1.5 GB, larger than the 1 GB allowed for an evidence file/,
    ],
  ] as const)('refuses a %s over its limit, naming it', async (kind, name, size, message) => {
    const { fs, readFile } = sizedFiles({ [name]: size })
    const opening = openFiles({ kind }, { showOpenDialog: choose(path.join('/x', name)), fs })
    await expect(opening).rejects.toThrow(message)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('leaves out the evidence files over the user’s limit, names them, and opens the others', async () => {
    const { fs, readFile } = sizedFiles({ 'a.mp4': 300 * MB, 'ok.png': MB, 'b.mov': 251 * MB })
    const opened = await openFiles(
      { kind: 'evidence', maxBytes: 250 * MB },
      { showOpenDialog: choose('/x/a.mp4', '/x/ok.png', '/x/b.mov'), fs },
    )
    expect(opened).toMatchObject({
      status: 'opened',
      files: [{ name: 'ok.png' }],
      leftOut:
        '2 files were left out, larger than the 250 MB allowed for an evidence file (Settings can raise the limit): “a.mp4” (300 MB), “b.mov” (251 MB). The other files were opened.',
    })
    expect(readFile).toHaveBeenCalledTimes(1)
    expect(readFile).toHaveBeenCalledWith('/x/ok.png')
  })

  it('opens nothing when every evidence file of a choice is over the limit', async () => {
    const { fs, readFile } = sizedFiles({ 'a.mp4': 300 * MB, 'b.mov': 251 * MB })
    const opening = openFiles(
      { kind: 'evidence', maxBytes: 250 * MB },
      { showOpenDialog: choose('/x/a.mp4', '/x/b.mov'), fs },
    )
    await expect(opening).rejects.toThrow(
      '2 files are larger than the 250 MB allowed for an evidence file (Settings can raise the limit): “a.mp4” (300 MB), “b.mov” (251 MB). Nothing was opened; choose smaller files.',
    )
    expect(readFile).not.toHaveBeenCalled()
  })

  it('never lets the renderer raise a kind’s limit', async () => {
    const { fs, readFile } = sizedFiles({ 'logo.png': 3 * MB })
    const opening = openFiles(
      { kind: 'logo', maxBytes: 100 * MB },
      { showOpenDialog: choose('/x/logo.png'), fs },
    )
    await expect(opening).rejects.toThrow(/larger than the 2 MB a logo may be/)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('reads files within the limit', async () => {
    const { fs, readFile } = sizedFiles({ 'pack.json': 5 * MB })
    const opened = await openFiles(
      { kind: 'content-pack' },
      { showOpenDialog: choose('/x/pack.json'), fs },
    )
    expect(opened).toMatchObject({ status: 'opened', files: [{ name: 'pack.json' }] })
    expect(readFile).toHaveBeenCalledOnce()
  })
})

describe('openFiles', () => {
  it('asks with the title, filters and selection of the kind', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }))
    await expect(openFiles({ kind: 'archive' }, { showOpenDialog })).resolves.toEqual({
      status: 'canceled',
    })
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Choose an Audit Workbook archive',
      filters: [{ name: 'Audit Workbook archive', extensions: ['auditwb'] }],
      properties: ['openFile'],
    })
  })

  it('reports a file that vanished since it was chosen', async () => {
    const gone = path.join(folder, 'gone.png')
    await expect(openFiles({ kind: 'logo' }, { showOpenDialog: choose(gone) })).rejects.toThrow(
      'The file could not be found. It may have been moved or deleted.',
    )
  })

  it('refuses a folder', async () => {
    await expect(
      openFiles({ kind: 'evidence' }, { showOpenDialog: choose(folder) }),
    ).rejects.toThrow(/is not a file/)
  })

  it('reads a real file with its modification time', async () => {
    const file = path.join(folder, 'notes.txt')
    await writeFile(file, 'hello')
    const opened = await openFiles({ kind: 'evidence' }, { showOpenDialog: choose(file) })
    expect(opened).toMatchObject({
      status: 'opened',
      files: [{ name: 'notes.txt', lastModified: (await stat(file)).mtimeMs }],
    })
  })
})
