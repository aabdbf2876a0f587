import { describe, expect, it, vi } from 'vitest'
import { DISK_FULL_MESSAGE, UserFacingError } from '@shared/errors'
import type { WorkbookApi } from '@shared/ipc-contract'
import { browserSaveStreams } from './browser-downloads'
import { saveStreamed } from './save-streamed'

const text = (s: string) => new TextEncoder().encode(s)

/** A bridge whose streamed save keeps what it is given, and can fail as a full disk. */
function fakeBridge({ failAppendAt }: { failAppendAt?: number } = {}) {
  const appended: string[] = []
  const calls: string[] = []
  const saveStream: WorkbookApi['saveStream'] = {
    begin: vi.fn(async () => ({ status: 'open' as const, streamId: 's1' })),
    append: vi.fn(async ({ bytes }) => {
      calls.push('append')
      if (appended.length + 1 === failAppendAt) throw new UserFacingError(DISK_FULL_MESSAGE)
      appended.push(new TextDecoder().decode(bytes))
      return { written: appended.join('').length }
    }),
    finish: vi.fn(async () => {
      calls.push('finish')
      return { status: 'saved' as const, path: '/r.docx', name: 'r.docx', canOpen: true }
    }),
    abort: vi.fn(async () => {
      calls.push('abort')
      return { aborted: true as const }
    }),
  }
  return { bridge: { saveStream }, appended, calls }
}

async function writeAll(output: WritableStream<Uint8Array>, chunks: string[]) {
  const writer = output.getWriter()
  for (const chunk of chunks) await writer.write(text(chunk))
  await writer.close()
}

describe('saveStreamed', () => {
  it('appends each chunk in order, reports the bytes written, then finishes', async () => {
    const { bridge, appended, calls } = fakeBridge()
    const progress: number[] = []
    const saved = await saveStreamed(
      bridge,
      { kind: 'report', defaultName: 'r' },
      (output) => writeAll(output, ['PK', 'abc', 'de']),
      { onWritten: (n) => progress.push(n) },
    )
    expect(saved).toMatchObject({ status: 'saved', name: 'r.docx' })
    expect(appended).toEqual(['PK', 'abc', 'de'])
    expect(progress).toEqual([2, 5, 7])
    expect(calls.at(-1)).toBe('finish')
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const { bridge } = fakeBridge()
    vi.mocked(bridge.saveStream.begin).mockResolvedValue({ status: 'canceled' })
    const write = vi.fn()
    expect(await saveStreamed(bridge, { kind: 'archive', defaultName: 'a' }, write)).toEqual({
      status: 'canceled',
    })
    expect(write).not.toHaveBeenCalled()
  })

  it('aborts the save when the producer fails or is canceled, and never finishes it', async () => {
    const { bridge, calls } = fakeBridge()
    const canceled = new Error('Canceled.')
    const saving = saveStreamed(bridge, { kind: 'report', defaultName: 'r' }, async (output) => {
      await output.getWriter().write(text('PK'))
      throw canceled
    })
    await expect(saving).rejects.toBe(canceled)
    expect(calls).toEqual(['append', 'abort'])
  })

  it('says the disk is full when a chunk cannot be written, whatever the producer then says', async () => {
    const { bridge, calls } = fakeBridge({ failAppendAt: 2 })
    const saving = saveStreamed(bridge, { kind: 'report', defaultName: 'r' }, async (output) => {
      try {
        await writeAll(output, ['PK', 'abc', 'de'])
      } catch {
        throw new Error('The report could not be made: the stream was errored')
      }
    })
    await expect(saving).rejects.toThrow(DISK_FULL_MESSAGE)
    expect(calls).not.toContain('finish')
  })
})

describe('browser streamed save', () => {
  it('downloads the chunks as one file at the end, under the kind’s name', async () => {
    const clicked: Array<{ download: string; href: string }> = []
    const doc = {
      body: { append: () => {} },
      createElement: () => {
        const link = { download: '', href: '', rel: '', remove: () => {}, click: () => {} }
        link.click = () => void clicked.push(link)
        return link
      },
    } as unknown as Document
    const streams = browserSaveStreams(doc)
    const saved = await saveStreamed(
      { saveStream: streams },
      { kind: 'report', defaultName: 'Acme' },
      (o) => writeAll(o, ['PK', 'rest']),
    )
    expect(saved).toEqual({ status: 'saved', path: 'Acme.docx', name: 'Acme.docx', canOpen: false })
    expect(clicked.map((l) => l.download)).toEqual(['Acme.docx'])
    await expect(streams.append({ streamId: 'gone', bytes: text('x') })).rejects.toThrow(/not open/)
  })
})

describe('saveStreamed, canceled', () => {
  it('aborts even when the producer is done and its last chunk is still being written', async () => {
    const { bridge, calls } = fakeBridge()
    let release!: () => void
    vi.mocked(bridge.saveStream.append).mockImplementation(
      () => new Promise((resolve) => (release = () => resolve({ written: 2 }))),
    )
    const canceling = new AbortController()
    const saving = saveStreamed(
      bridge,
      { kind: 'archive', defaultName: 'a' },
      async (output) => {
        const writer = output.getWriter()
        void writer.write(text('PK'))
        void writer.close()
      },
      { signal: canceling.signal },
    )
    await vi.waitFor(() => expect(bridge.saveStream.append).toHaveBeenCalled())
    canceling.abort()
    await expect(saving).rejects.toThrow()
    expect(calls).toContain('abort')
    expect(calls).not.toContain('finish')
    release()
  })
})
