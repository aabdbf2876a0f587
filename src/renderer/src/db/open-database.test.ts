import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, WorkbookDatabase } from './database'
import { openDatabase } from './open-database'

const noStorage = { persist: async () => false, persisted: async () => false }

function rawDatabase(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => request.result.createObjectStore('audits', { keyPath: 'uuid' })
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

function installed(name: string): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const db = request.result
      resolve({ version: db.version, stores: Array.from(db.objectStoreNames) })
      db.close()
    }
    request.onerror = () => reject(request.error)
  })
}

describe('openDatabase', () => {
  it('opens a new database', async () => {
    const result = await openDatabase(new WorkbookDatabase(`open-${Math.random()}`), noStorage)
    expect(result.ok).toBe(true)
    if (result.ok) result.db.close()
  })

  it('refuses a database a newer version of the app upgraded, and leaves it untouched', async () => {
    const name = `newer-${Math.random()}`
    await rawDatabase(name, 1000)
    const result = await openDatabase(new WorkbookDatabase(name), noStorage)
    expect(result).toEqual({
      ok: false,
      error: `The saved data was written by a newer version of Audit Workbook (its data is at version 100; this version reads up to ${SCHEMA_VERSION}). Install the newer version to open it; nothing has been changed.`,
    })
    expect(await installed(name)).toEqual({ version: 1000, stores: ['audits'] })
  })
})
