import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import path from 'node:path'

/** The slice of `fs/promises` an atomic write needs; injectable so tests can make it fail. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>

/**
 * A new temporary file's path for `target`, in the same folder so that the rename cannot cross
 * file systems. A leading dot hides it from most folder views while it exists.
 */
export function temporaryPathFor(target: string): string {
  const folder = path.dirname(target)
  return path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * Writes `bytes` to `target` so that a reader sees either the old file or the complete new one,
 * never half of it: write a temporary file in the same folder (so the rename cannot cross file
 * systems), flush it to disk, then rename it over the target. On any failure the temporary file
 * is removed and the original, if there was one, is untouched.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array | string,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const temp = temporaryPathFor(target)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync() // without this a power cut after the rename can leave an empty file
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
