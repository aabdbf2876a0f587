import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { onDatabaseWrite, type ChangedParts } from './queries/database-changes'
import { readKeptIndexRow, SearchCacheDatabase, writeKeptIndexRow } from './search-cache'

let cache: SearchCacheDatabase
let heard: ChangedParts[]
let stop: () => void

beforeEach(async () => {
  cache = new SearchCacheDatabase(`test-${Math.random().toString(36).slice(2)}`)
  await cache.open() // creating it tells everyone once, as every new database does
  heard = []
  stop = onDatabaseWrite((parts) => heard.push(parts))
})

afterEach(async () => {
  stop()
  await cache.delete()
})

describe('the search cache', () => {
  it('keeps one row beside the workbook, and its writes tell no view the workbook changed', async () => {
    expect(cache.name).toMatch(/^test-.*-search-cache$/)
    expect(await readKeptIndexRow(cache)).toBeUndefined()
    await writeKeptIndexRow(cache, { schemaVersion: 1, numbers: new Uint32Array([1, 2]) })
    await writeKeptIndexRow(cache, { schemaVersion: 2, numbers: new Uint32Array([3]) })
    expect(await readKeptIndexRow(cache)).toEqual({
      schemaVersion: 2,
      numbers: new Uint32Array([3]),
    })
    expect(heard).toEqual([])
  })
})
