import { describe, expect, it } from 'vitest'
import { MediaUrls, type MediaSource } from './media-urls'

function fakeUrlApi() {
  let next = 0
  const live = new Set<string>()
  return {
    live,
    createObjectURL: () => {
      const url = `blob:${++next}`
      live.add(url)
      return url
    },
    revokeObjectURL: (url: string) => {
      if (!live.delete(url)) throw new Error(`revoked twice or never made: ${url}`)
    },
  }
}

const source = (key: string): MediaSource => ({ blob: new Blob([key]), key })

describe('MediaUrls', () => {
  it('keeps an image’s URL across rebuilds while its bytes stay the same', () => {
    const api = fakeUrlApi()
    const urls = new MediaUrls(api)
    const first = urls.update(new Map([['a/page', source('a/page')]]))
    // A rebuild reads a new Blob of the same rendition.
    const second = urls.update(new Map([['a/page', source('a/page')]]))
    expect(second.get('a/page')).toBe(first.get('a/page'))
    expect(api.live.size).toBe(1)
  })

  it('revokes the URL of an image that leaves the report, and remakes one whose bytes changed', () => {
    const api = fakeUrlApi()
    const urls = new MediaUrls(api)
    const first = urls.update(
      new Map([
        ['a/page', source('a/page')],
        ['branding/logo', source('logo-1')],
      ]),
    )
    const second = urls.update(new Map([['branding/logo', source('logo-2')]]))
    expect(second.has('a/page')).toBe(false)
    expect(second.get('branding/logo')).not.toBe(first.get('branding/logo'))
    expect([...api.live]).toEqual([second.get('branding/logo')])
  })

  it('revokes everything when the preview closes', () => {
    const api = fakeUrlApi()
    const urls = new MediaUrls(api)
    urls.update(new Map([['a/page', source('a')]]))
    urls.dispose()
    expect(api.live.size).toBe(0)
  })
})
