import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import { UserFacingError } from '@shared/errors'
import {
  MAX_SAVE_BYTES,
  type OpenedFile,
  type OpenResult,
  type RequestOf,
} from '@shared/ipc-contract'
import { fileErrorToUserError } from './file-errors'

export interface OpenFilesDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
  fs?: Pick<typeof nodeFs, 'stat' | 'readFile'>
  /** Per file; anything larger would not survive the copy to the renderer anyway. */
  maxBytes?: number
}

const formatGiB = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GB`

async function readOne(filePath: string, deps: OpenFilesDeps): Promise<OpenedFile> {
  const fs = deps.fs ?? nodeFs
  const maxBytes = deps.maxBytes ?? MAX_SAVE_BYTES
  const name = path.basename(filePath)
  try {
    const stats = await fs.stat(filePath)
    if (!stats.isFile()) throw new UserFacingError(`“${name}” is not a file. Choose a file.`)
    if (stats.size > maxBytes) {
      throw new UserFacingError(
        `“${name}” is ${formatGiB(stats.size)}, larger than the ${formatGiB(maxBytes)} the app can open. Choose a smaller file.`,
      )
    }
    const buffer = await fs.readFile(filePath)
    // A plain Uint8Array view: it crosses IPC by structured clone without Buffer's extras.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    return { name, bytes, lastModified: stats.mtimeMs }
  } catch (error) {
    throw fileErrorToUserError(error, 'open')
  }
}

/** Asks the user for one or more files and reads them, refusing any over the size cap. */
export async function openFiles(
  request: RequestOf<'file:open'>,
  deps: OpenFilesDeps,
): Promise<OpenResult> {
  const options: OpenDialogOptions = {
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  }
  if (request.title !== undefined) options.title = request.title
  if (request.filters !== undefined) options.filters = request.filters

  const choice = await deps.showOpenDialog(options)
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'canceled' }

  const files: OpenedFile[] = []
  for (const filePath of choice.filePaths) files.push(await readOne(filePath, deps))
  return { status: 'opened', files }
}
