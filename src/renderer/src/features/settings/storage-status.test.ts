import { describe, expect, it, vi } from 'vitest'
import type { StorageManagerLike } from '../../platform/persistent-storage'
import { describeStorage, readStorageStatus } from './storage-status'

const MB = 1024 * 1024

/** A storage manager that answers as told, and counts the requests to keep the data. */
function storageManager(answers: {
  persisted: boolean | Error
  persist?: boolean | Error
  estimate?: StorageEstimate | Error
}): StorageManagerLike & { persist: ReturnType<typeof vi.fn> } {
  const answer = <T>(value: T | Error | undefined) =>
    value instanceof Error ? Promise.reject(value) : Promise.resolve(value as T)
  return {
    persisted: () => answer(answers.persisted),
    persist: vi.fn(() => answer(answers.persist ?? false)),
    estimate: () => answer(answers.estimate ?? {}),
  }
}

describe('readStorageStatus', () => {
  it('reads that the data is kept, without asking again, and how much is used', async () => {
    const storage = storageManager({
      persisted: true,
      estimate: { usage: 1.5 * MB, quota: 10 * 1024 * MB },
    })
    expect(await readStorageStatus(storage)).toEqual({
      kept: true,
      usage: 1.5 * MB,
      quota: 10 * 1024 * MB,
    })
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it.each([true, false])(
    'asks to keep the data when it is not kept yet, and reads the answer (%s)',
    async (granted) => {
      const storage = storageManager({ persisted: false, persist: granted })
      expect((await readStorageStatus(storage)).kept).toBe(granted)
      expect(storage.persist).toHaveBeenCalledOnce()
    },
  )

  it('says nothing it was not told: no storage manager, or one that fails', async () => {
    expect(await readStorageStatus(undefined)).toEqual({
      kept: undefined,
      usage: undefined,
      quota: undefined,
    })
    const failing = storageManager({ persisted: new Error('no'), estimate: new Error('no') })
    expect(await readStorageStatus(failing)).toEqual({
      kept: undefined,
      usage: undefined,
      quota: undefined,
    })
  })
})

describe('describeStorage', () => {
  it.each([
    [
      { kept: true, usage: 1.5 * MB, quota: 10 * 1024 * MB },
      {
        kept: 'Storage: kept until you delete it.',
        usage: '1.5 MB used of 10 GB available.',
        fill: '1 % of the space is used; 10 GB is free.',
      },
    ],
    [
      { kept: true, usage: 8.5 * 1024 * MB, quota: 10 * 1024 * MB },
      {
        kept: 'Storage: kept until you delete it.',
        usage: '8.5 GB used of 10 GB available.',
        fill: '85 % of the space is used; 1.5 GB is free.',
      },
    ],
    [
      { kept: false, usage: 300, quota: undefined },
      {
        kept: 'Storage: may be cleared by the system when space is low. Use Export everything on the Audits screen now and then to keep a copy elsewhere.',
        usage: '300 bytes used.',
      },
    ],
    [
      { kept: undefined, usage: undefined, quota: undefined },
      {
        kept: 'Storage: this browser does not say whether it keeps the data. Use Export everything on the Audits screen now and then to keep a copy elsewhere.',
      },
    ],
  ])('%j → %j', (status, expected) => {
    expect(describeStorage(status)).toEqual(expected)
  })
})
