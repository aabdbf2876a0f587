import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openFiles } from './open-files'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'open-files-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const choose = (...filePaths: string[]) => vi.fn(async () => ({ canceled: false, filePaths }))

describe('openFiles', () => {
  it('refuses a file over the size cap with a readable message, and reads nothing', async () => {
    const big = path.join(folder, 'huge.zip')
    await writeFile(big, 'x'.repeat(2048))
    const readFile = vi.fn()
    const opening = openFiles(
      {},
      { showOpenDialog: choose(big), maxBytes: 1024, fs: { stat, readFile } },
    )
    await expect(opening).rejects.toThrow(/“huge.zip” is .* larger than .* Choose a smaller file/)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('reports a file that vanished since it was chosen', async () => {
    const gone = path.join(folder, 'gone.png')
    await expect(openFiles({}, { showOpenDialog: choose(gone) })).rejects.toThrow(
      'The file could not be found. It may have been moved or deleted.',
    )
  })

  it('refuses a folder', async () => {
    await expect(openFiles({}, { showOpenDialog: choose(folder) })).rejects.toThrow(/is not a file/)
  })

  it('returns canceled when nothing is chosen', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }))
    await expect(
      openFiles({ filters: [{ name: 'Archives', extensions: ['zip'] }] }, { showOpenDialog }),
    ).resolves.toEqual({
      status: 'canceled',
    })
    expect(showOpenDialog).toHaveBeenCalledWith({
      filters: [{ name: 'Archives', extensions: ['zip'] }],
      properties: ['openFile'],
    })
  })
})
