import * as nodeFs from 'node:fs/promises'
import path from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import { withoutBidiControls } from '@shared/bidi'
import { UserFacingError } from '@shared/errors'
import type { OpenedFile, OpenResult, RequestOf } from '@shared/ipc-contract'
import { OPEN_KIND_SPECS, openLimit, splitBySize } from '@shared/open-kinds'
import { fileErrorToUserError } from './file-errors'

export interface OpenFilesDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
  fs?: Pick<typeof nodeFs, 'stat' | 'readFile'>
}

interface Chosen {
  filePath: string
  /** The name as shown to the user: no folders, no bidi controls. */
  name: string
  size: number
  lastModified: number
}

async function statOne(filePath: string, fs: NonNullable<OpenFilesDeps['fs']>): Promise<Chosen> {
  const name = withoutBidiControls(path.basename(filePath))
  try {
    const stats = await fs.stat(filePath)
    if (!stats.isFile()) throw new UserFacingError(`“${name}” is not a file. Choose a file.`)
    return { filePath, name, size: stats.size, lastModified: stats.mtimeMs }
  } catch (error) {
    throw fileErrorToUserError(error, 'open')
  }
}

async function readOne(chosen: Chosen, fs: NonNullable<OpenFilesDeps['fs']>): Promise<OpenedFile> {
  try {
    const buffer = await fs.readFile(chosen.filePath)
    // A plain Uint8Array view: it crosses IPC by structured clone without Buffer's extras.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    return { name: chosen.name, bytes, lastModified: chosen.lastModified }
  } catch (error) {
    throw fileErrorToUserError(error, 'open')
  }
}

/**
 * Asks the user for files of one kind and reads them. Every chosen file's size is checked against
 * the kind's limit first: if any is larger, none is read and the refusal names each one.
 */
export async function openFiles(
  request: RequestOf<'file:open'>,
  deps: OpenFilesDeps,
): Promise<OpenResult> {
  const spec = OPEN_KIND_SPECS[request.kind]
  const fs = deps.fs ?? nodeFs
  const options: OpenDialogOptions = {
    title: spec.title,
    properties: spec.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  }
  if (spec.filters !== undefined) options.filters = spec.filters

  const choice = await deps.showOpenDialog(options)
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'canceled' }

  const chosen: Chosen[] = []
  for (const filePath of choice.filePaths) chosen.push(await statOne(filePath, fs))
  const bySize = splitBySize(request.kind, openLimit(request.kind, request.maxBytes), chosen)
  if ('refused' in bySize) throw new UserFacingError(bySize.refused)

  const files: OpenedFile[] = []
  for (const file of bySize.open) files.push(await readOne(file, fs))
  return { status: 'opened', files, ...(bySize.leftOut ? { leftOut: bySize.leftOut } : {}) }
}
