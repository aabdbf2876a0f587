import { describe, expect, it } from 'vitest'
import { createCoalescingWriter } from './coalescing-writer'

function deferredStore() {
  const written: string[] = []
  const releases: Array<() => void> = []
  const persist = (value: string) =>
    new Promise<void>((resolve) => {
      releases.push(() => {
        written.push(value)
        resolve()
      })
    })
  return { written, releases, persist }
}

describe('createCoalescingWriter', () => {
  it('writes the first value at once and only the latest of those typed meanwhile', async () => {
    const store = deferredStore()
    const writer = createCoalescingWriter(store.persist, () => {})
    writer.write('a')
    writer.write('ab')
    writer.write('abc')
    expect(store.releases).toHaveLength(1)
    store.releases[0]!()
    await Promise.resolve()
    await Promise.resolve()
    expect(store.releases).toHaveLength(2)
    expect(writer.unsaved()).toBe('abc')
    store.releases[1]!()
    await writer.flush()
    expect(store.written).toEqual(['a', 'abc'])
    expect(writer.unsaved()).toBeUndefined()
  })

  it('reports a failed write and still writes what comes next', async () => {
    const errors: unknown[] = []
    const written: string[] = []
    const writer = createCoalescingWriter(
      async (value: string) => {
        if (value === 'bad') throw new Error('disk full')
        written.push(value)
      },
      (error) => errors.push(error),
    )
    writer.write('bad')
    await writer.flush()
    writer.write('good')
    await writer.flush()
    expect(errors).toHaveLength(1)
    expect(written).toEqual(['good'])
  })

  it('flushes immediately when nothing is pending', async () => {
    const writer = createCoalescingWriter(
      async () => {},
      () => {},
    )
    await expect(writer.flush()).resolves.toBeUndefined()
  })
})

describe('createCoalescingWriter, when a write fails', () => {
  it('keeps the failed value as unsaved until a later write lands', async () => {
    let fail = true
    const writer = createCoalescingWriter(
      async () => {
        if (fail) throw new Error('disk full')
      },
      () => {},
    )
    writer.write('typed')
    await writer.flush()
    expect(writer.unsaved()).toBe('typed')
    fail = false
    writer.write('typed more')
    await writer.flush()
    expect(writer.unsaved()).toBeUndefined()
  })

  it('says when it has settled, once per run of coalesced writes', async () => {
    const store = deferredStore()
    let settled = 0
    const writer = createCoalescingWriter(store.persist, () => {}, {
      onSettled: () => (settled += 1),
    })
    writer.write('a')
    writer.write('ab')
    store.releases[0]!()
    await Promise.resolve()
    await Promise.resolve()
    expect(settled).toBe(0)
    store.releases[1]!()
    await writer.flush()
    expect(settled).toBe(1)
  })
})
