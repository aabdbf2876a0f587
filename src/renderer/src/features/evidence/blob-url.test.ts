import { describe, expect, it } from 'vitest'
import { leaseBlobUrl, type BlobUrlApi } from './blob-url'

function recordingApi() {
  const live = new Set<string>()
  let next = 0
  const api: BlobUrlApi = {
    createObjectURL: () => {
      const url = `blob:test/${++next}`
      live.add(url)
      return url
    },
    revokeObjectURL: (url) => {
      if (!live.delete(url)) throw new Error(`revoked twice or unknown: ${url}`)
    },
  }
  return { api, live }
}

describe('blob URL leases', () => {
  it('revokes exactly the URL it made, once, however often it is released', () => {
    const { api, live } = recordingApi()
    const lease = leaseBlobUrl(new Blob(['x']), api)
    expect([...live]).toEqual([lease.url])
    lease.release()
    lease.release()
    expect(live.size).toBe(0)
  })

  it('leaves nothing behind over many previews opened and closed', () => {
    const { api, live } = recordingApi()
    const open = Array.from({ length: 500 }, () => leaseBlobUrl(new Blob(['x']), api))
    expect(live.size).toBe(500)
    for (const lease of open) lease.release()
    expect(live.size).toBe(0)
  })
})
