import { describe, expect, it, vi } from 'vitest'
import { createBrowserBridge } from './browser-bridge'

const MB = 1024 * 1024

/** Just enough of a document for the bridge: an input that "chooses" the given files. */
function fakeDocument(chosen: Array<{ name: string; size: number }> = []) {
  const created: Array<Record<string, unknown>> = []
  const doc = {
    body: { append: () => {} },
    createElement: (tag: string) => {
      const listeners = new Map<string, () => void>()
      const element: Record<string, unknown> = {
        tag,
        remove: () => {},
        addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
        click: () => listeners.get('change')?.(),
        files: chosen.map((file) => ({
          ...file,
          lastModified: 0,
          arrayBuffer: vi.fn(async () => new ArrayBuffer(file.size)),
        })),
      }
      created.push(element)
      return element
    },
  }
  return { doc: doc as unknown as Document, created }
}

describe('browser bridge: the same rules as main', () => {
  it('refuses a file over the kind’s limit before reading it, naming it', async () => {
    const { doc, created } = fakeDocument([{ name: 'pack.json', size: 6 * MB }])
    const opening = createBrowserBridge(doc).openFiles({ kind: 'content-pack' })
    await expect(opening).rejects.toThrow(
      '“pack.json” is 6 MB, larger than the 5 MB a content pack may be.',
    )
    const files = created[0]!.files as Array<{ arrayBuffer: ReturnType<typeof vi.fn> }>
    expect(files[0]!.arrayBuffer).not.toHaveBeenCalled()
  })

  it('applies the user’s evidence limit, and accepts only the kind’s types', async () => {
    const { doc, created } = fakeDocument([{ name: 'clip\u202Evom.mp4', size: 2 * MB }])
    const opening = createBrowserBridge(doc).openFiles({ kind: 'evidence', maxBytes: MB })
    await expect(opening).rejects.toThrow(/^“clipvom.mp4” is 2 MB, larger than the 1 MB/)
    expect(created[0]!.multiple).toBe(true)

    const logo = fakeDocument()
    void createBrowserBridge(logo.doc).openFiles({ kind: 'logo' })
    expect(logo.created[0]!.accept).toBe('.png,.jpg,.jpeg')
  })

  it('leaves out the evidence files over the limit, names them, and opens the others', async () => {
    const { doc, created } = fakeDocument([
      { name: 'clip\u202Evom.mp4', size: 2 * MB },
      { name: 'photo.png', size: MB / 2 },
    ])
    const opened = await createBrowserBridge(doc).openFiles({ kind: 'evidence', maxBytes: MB })
    expect(opened).toMatchObject({
      status: 'opened',
      files: [{ name: 'photo.png' }],
      leftOut: expect.stringMatching(/^“clipvom.mp4” \(2 MB\) was left out, larger than the 1 MB/),
    })
    const files = created[0]!.files as Array<{ arrayBuffer: ReturnType<typeof vi.fn> }>
    expect(files[0]!.arrayBuffer).not.toHaveBeenCalled()
  })

  it('names a download by its kind, without bidi controls, and never offers to open it', async () => {
    const { doc, created } = fakeDocument()
    const saved = await createBrowserBridge(doc).saveFile({
      kind: 'evidence-copy',
      defaultName: 'invoice\u202Efdp.exe',
      mediaType: 'application/x-msdownload',
      bytes: new Uint8Array([0x4d, 0x5a]),
    })
    expect(created[0]!.download).toBe('invoicefdp.bin')
    expect(saved).toEqual({
      status: 'saved',
      path: 'invoicefdp.bin',
      name: 'invoicefdp.bin',
      canOpen: false,
    })
  })
})
