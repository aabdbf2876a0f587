import path from 'node:path'
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { RequestOf, SaveResult } from '@shared/ipc-contract'
import { writeFileAtomic } from './atomic-write'
import { fileErrorToUserError } from './file-errors'
import { sanitizeFileName } from './safe-file-name'

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  /** Where the dialog opens, usually the user's Documents folder. */
  defaultFolder(): string
  /** Paths saved this session: the only ones `file:show-in-folder` will reveal. */
  savedPaths: Set<string>
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>
}

/** Asks the user where to save, then writes the bytes atomically. */
export async function saveFile(
  request: RequestOf<'file:save'>,
  deps: SaveFileDeps,
): Promise<SaveResult> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(deps.defaultFolder(), sanitizeFileName(request.defaultName)),
    // macOS and Windows always ask before replacing a file; GTK only when told to.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  if (request.title !== undefined) options.title = request.title
  if (request.filters !== undefined) options.filters = request.filters

  const choice = await deps.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { status: 'canceled' }

  const target = path.resolve(choice.filePath)
  try {
    await (deps.writeFile ?? writeFileAtomic)(target, request.bytes)
  } catch (error) {
    throw fileErrorToUserError(error, 'save')
  }
  deps.savedPaths.add(target)
  return { status: 'saved', path: target, name: path.basename(target) }
}
