import { describe, expect, it } from 'vitest'
import { openOnlyAtAVersion } from './versioned-open'

describe('openOnlyAtAVersion', () => {
  const factory = openOnlyAtAVersion(indexedDB)

  it('refuses to open a database without a version, as a VersionError', () => {
    expect(() => factory.open('any')).toThrow(expect.objectContaining({ name: 'VersionError' }))
  })

  it('opens at a stated version, and passes everything else through', async () => {
    const name = `versioned-${Math.random()}`
    const opened = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 3)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    expect(opened.version).toBe(3)
    opened.close()
    expect(factory.cmp(1, 2)).toBe(-1)
    expect((await factory.databases()).map((d) => d.name)).toContain(name)
  })
})
