import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'atomic-write-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes a temporary file in the same folder, then renames it over the target', async () => {
    const target = path.join(folder, 'report.docx')
    await writeFile(target, 'old')
    const seenAtRename: string[] = []
    const fs: AtomicWriteFs = {
      ...nodeFs,
      rename: async (from, to) => {
        seenAtRename.push(path.dirname(String(from)), await readFile(target, 'utf8'))
        return nodeFs.rename(from, to)
      },
    }

    await writeFileAtomic(target, new TextEncoder().encode('new'), fs)

    // At the moment of the rename the target still held the old content.
    expect(seenAtRename).toEqual([folder, 'old'])
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(folder)).toEqual(['report.docx'])
  })

  it('leaves no partial file and keeps the old one when the rename fails', async () => {
    const target = path.join(folder, 'report.docx')
    await writeFile(target, 'old')
    const fs: AtomicWriteFs = {
      ...nodeFs,
      rename: vi.fn(async () => {
        throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' })
      }),
    }

    await expect(writeFileAtomic(target, 'new', fs)).rejects.toThrow('EBUSY')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['report.docx'])
  })

  it('leaves nothing behind when writing the bytes fails', async () => {
    const target = path.join(folder, 'new.docx')
    const fs: AtomicWriteFs = {
      ...nodeFs,
      open: async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args)
        handle.sync = async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        }
        return handle
      },
    }

    await expect(writeFileAtomic(target, 'data', fs)).rejects.toThrow('ENOSPC')
    expect(await readdir(folder)).toEqual([])
  })
})
