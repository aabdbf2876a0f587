import { describe, expect, it } from 'vitest'
import {
  describeMediaType,
  evidenceCategory,
  isRenderableImage,
  mediaTypeFromName,
  resolveMediaType,
  sniffMediaType,
} from './media-type'

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(
    values.flatMap((v) => (typeof v === 'number' ? [v] : Array.from(v, (c) => c.charCodeAt(0)))),
  )

describe('media types', () => {
  it.each([
    [bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [bytes('GIF89a'), 'image/gif'],
    [bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    [bytes('%PDF-1.7\n'), 'application/pdf'],
    [bytes('hello'), undefined],
    [bytes(), undefined],
  ])('sniffs %o as %s', (head, expected) => {
    expect(sniffMediaType(head)).toBe(expected)
  })

  it('prefers the bytes, then the declared type, then the extension', () => {
    const png = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)
    expect(resolveMediaType({ fileName: 'x.pdf', head: png, declared: 'application/pdf' })).toBe(
      'image/png',
    )
    expect(resolveMediaType({ fileName: 'a.bin', head: bytes('x'), declared: 'Text/CSV' })).toBe(
      'text/csv',
    )
    expect(
      resolveMediaType({
        fileName: 'Rota.DOCX',
        head: bytes('PK'),
        declared: 'application/octet-stream',
      }),
    ).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(resolveMediaType({ fileName: 'noext', head: bytes('x') })).toBe(
      'application/octet-stream',
    )
  })

  it('reads extensions case-insensitively and ignores dot-files', () => {
    expect(mediaTypeFromName('photo.JPG')).toBe('image/jpeg')
    expect(mediaTypeFromName('.png')).toBeUndefined()
    expect(mediaTypeFromName('trailing.')).toBeUndefined()
  })

  it('renders pixels, not SVG documents or HEIC the browser cannot decode', () => {
    expect(isRenderableImage('image/png')).toBe(true)
    expect(isRenderableImage('image/svg+xml')).toBe(false)
    expect(isRenderableImage('image/heic')).toBe(false)
  })

  it('sorts items into the categories the locker filters by', () => {
    const file = { kind: 'file' as const, renditions: [] }
    expect(evidenceCategory({ ...file, mediaType: 'image/png', renditions: ['thumbnail'] })).toBe(
      'image',
    )
    expect(evidenceCategory({ ...file, mediaType: 'application/pdf' })).toBe('pdf')
    expect(evidenceCategory({ ...file, mediaType: 'image/heic' })).toBe('file')
    expect(evidenceCategory({ ...file, kind: 'link', mediaType: 'text/uri-list' })).toBe('link')
    expect(evidenceCategory({ ...file, kind: 'snippet', mediaType: 'text/plain' })).toBe('snippet')
  })

  it('names types for people', () => {
    expect(describeMediaType('image/png')).toBe('PNG image')
    expect(describeMediaType('application/pdf')).toBe('PDF document')
    expect(describeMediaType('image/svg+xml')).toBe('SVG image')
    expect(describeMediaType('application/x-tar')).toBe('TAR file')
  })
})
