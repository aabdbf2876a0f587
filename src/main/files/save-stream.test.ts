import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveKind } from '@shared/save-kinds'
import { createSaveStreams, type SaveStreamFs } from './save-stream'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'save-stream-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const WINDOW = 1
const OTHER_WINDOW = 2
const text = (s: string) => new TextEncoder().encode(s)

/** A file system whose `n`-th write fails as a full disk does. */
function diskFullAt(n: number): SaveStreamFs {
  let writes = 0
  return {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args)
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>
      Object.assign(handle, {
        write: async (...a: unknown[]) => {
          if (++writes >= n)
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
            })
          return write(...a)
        },
      })
      return handle
    },
  }
}

function setup(options: { fs?: SaveStreamFs; canceled?: boolean; maxBytes?: number } = {}) {
  const savedPaths = new Map<string, SaveKind>()
  const showSaveDialog = vi.fn(async () => ({
    canceled: options.canceled ?? false,
    filePath: path.join(folder, 'Report.docx'),
  }))
  const streams = createSaveStreams({
    showSaveDialog,
    defaultFolder: () => folder,
    savedPaths,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  })
  return { streams, savedPaths, showSaveDialog, target: path.join(folder, 'Report.docx') }
}

async function begin(streams: ReturnType<typeof setup>['streams']): Promise<string> {
  const begun = await streams.begin({ kind: 'report', defaultName: 'Acme.docx' }, WINDOW)
  if (begun.status !== 'open') throw new Error('not open')
  return begun.streamId
}

describe('streamed save', () => {
  it('appends to a temporary file and puts it in place whole only when finished', async () => {
    const { streams, savedPaths, showSaveDialog, target } = setup()
    await writeFile(target, 'old report')
    const streamId = await begin(streams)
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Save the report',
        defaultPath: path.join(folder, 'Acme.docx'),
      }),
    )

    await streams.append({ streamId, bytes: text('PK first,') }, WINDOW)
    expect(await streams.append({ streamId, bytes: text(' second') }, WINDOW)).toEqual({
      written: 16,
    })
    // Until it is finished, the old file is untouched and the new one is a hidden temporary.
    expect(await readFile(target, 'utf8')).toBe('old report')
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toHaveLength(1)

    const saved = await streams.finish({ streamId }, WINDOW)
    expect(saved).toEqual({ status: 'saved', path: target, name: 'Report.docx', canOpen: true })
    expect(await readFile(target, 'utf8')).toBe('PK first, second')
    expect(await readdir(folder)).toEqual(['Report.docx'])
    expect(savedPaths.get(target)).toBe('report')
  })

  it('opens nothing when the user cancels the dialog', async () => {
    const { streams } = setup({ canceled: true })
    expect(await streams.begin({ kind: 'archive', defaultName: 'a' }, WINDOW)).toEqual({
      status: 'canceled',
    })
    expect(await readdir(folder)).toEqual([])
  })

  it('leaves nothing behind when aborted, and keeps the file it would have replaced', async () => {
    const { streams, target } = setup()
    await writeFile(target, 'old report')
    const streamId = await begin(streams)
    await streams.append({ streamId, bytes: text('partial') }, WINDOW)

    expect(await streams.abort({ streamId }, WINDOW)).toEqual({ aborted: true })
    expect(await readdir(folder)).toEqual(['Report.docx'])
    expect(await readFile(target, 'utf8')).toBe('old report')
    await expect(streams.finish({ streamId }, WINDOW)).rejects.toThrow(/not open any more/)
  })

  it('when the disk fills, deletes the temporary file and says so in words', async () => {
    const { streams } = setup({ fs: diskFullAt(2) })
    const streamId = await begin(streams)
    await streams.append({ streamId, bytes: text('first chunk') }, WINDOW)

    await expect(streams.append({ streamId, bytes: text('second') }, WINDOW)).rejects.toThrow(
      'The disk is full. Free some space or choose another drive, then save again.',
    )
    expect(await readdir(folder)).toEqual([])
    await expect(streams.append({ streamId, bytes: text('x') }, WINDOW)).rejects.toThrow(
      /not open any more/,
    )
  })

  it('refuses a stream id it does not know, or one another window began', async () => {
    const { streams } = setup()
    const streamId = await begin(streams)
    const stranger = 'f'.repeat(32)
    await expect(streams.append({ streamId: stranger, bytes: text('x') }, WINDOW)).rejects.toThrow(
      /not open any more/,
    )
    await expect(streams.append({ streamId, bytes: text('x') }, OTHER_WINDOW)).rejects.toThrow(
      /not open any more/,
    )
    await expect(streams.abort({ streamId }, OTHER_WINDOW)).rejects.toThrow(/not open any more/)
    await expect(streams.finish({ streamId }, OTHER_WINDOW)).rejects.toThrow(/not open any more/)
    // The owner's stream is still open and whole.
    await streams.append({ streamId, bytes: text('mine') }, WINDOW)
    await streams.finish({ streamId }, WINDOW)
    expect(await readFile(path.join(folder, 'Report.docx'), 'utf8')).toBe('mine')
  })

  it('refuses to grow past its limit, leaving nothing', async () => {
    const { streams } = setup({ maxBytes: 10 })
    const streamId = await begin(streams)
    await streams.append({ streamId, bytes: text('12345678') }, WINDOW)
    await expect(streams.append({ streamId, bytes: text('901') }, WINDOW)).rejects.toThrow(
      /larger than 4 GB/,
    )
    expect(await readdir(folder)).toEqual([])
  })

  it('lets an abort wait for the write under way, then removes the file', async () => {
    const { streams } = setup()
    const streamId = await begin(streams)
    const writing = streams.append({ streamId, bytes: new Uint8Array(4 * 1024 * 1024) }, WINDOW)
    const aborting = streams.abort({ streamId }, WINDOW)
    await expect(writing).resolves.toEqual({ written: 4 * 1024 * 1024 })
    await expect(aborting).resolves.toEqual({ aborted: true })
    expect(await readdir(folder)).toEqual([])
  })

  it('aborts every stream of a window that went away, and only those', async () => {
    const { streams } = setup()
    const mine = await begin(streams)
    await streams.append({ streamId: mine, bytes: text('a') }, WINDOW)
    const theirs = await streams.begin({ kind: 'archive', defaultName: 'b' }, OTHER_WINDOW)

    await streams.abortAllOf(WINDOW)
    await expect(streams.append({ streamId: mine, bytes: text('b') }, WINDOW)).rejects.toThrow(
      /not open any more/,
    )
    expect(await readdir(folder)).toHaveLength(1) // the other window's temporary file
    if (theirs.status === 'open') await streams.abort({ streamId: theirs.streamId }, OTHER_WINDOW)
    expect(await readdir(folder)).toEqual([])
  })
})
