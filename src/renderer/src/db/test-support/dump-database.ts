import type Dexie from 'dexie'
import { sha256Hex } from '../../platform/sha256'

/**
 * Every row of every table, in key order, with each evidence blob replaced by its media type,
 * size and SHA-256: two dumps are equal when the databases hold the same data, byte for byte.
 * Any Dexie, so that an old schema's database can be dumped before an upgrade.
 */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    const rows: unknown[] = await table.toArray()
    dump[table.name] = await Promise.all(
      rows.map(async (row) => {
        if (!(row && typeof row === 'object' && 'blob' in row && row.blob instanceof Blob))
          return row
        const { blob, ...rest } = row
        const bytes = new Uint8Array(await blob.arrayBuffer())
        return {
          ...rest,
          blob: { type: blob.type, size: blob.size, sha256: await sha256Hex(bytes) },
        }
      }),
    )
  }
  return dump
}
