import { access } from 'node:fs/promises'
import path from 'node:path'
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import { withoutBidiControls } from '@shared/bidi'
import { UserFacingError } from '@shared/errors'
import type { RequestOf, SaveResult } from '@shared/ipc-contract'
import { suggestedSaveName, withSaveExtension, type SaveKind } from '@shared/save-kinds'
import { writeFileAtomic } from './atomic-write'
import { fileErrorToUserError } from './file-errors'
import { sanitizeFileName } from './safe-file-name'
import { saveDialogFor } from './save-dialogs'

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  /** Where the dialog opens, usually the user's Documents folder. */
  defaultFolder(): string
  /**
   * Paths saved this session, with their kind: the only ones `file:show-in-folder` reveals, and
   * the kind decides whether `file:open-path` may open one.
   */
  savedPaths: Map<string, SaveKind>
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>
  fileExists?: (target: string) => Promise<boolean>
}

const exists = (target: string): Promise<boolean> =>
  access(target).then(
    () => true,
    () => false,
  )

/** Asks the user where to save a file of the requested kind, then writes the bytes atomically. */
export async function saveFile(
  request: RequestOf<'file:save'>,
  deps: SaveFileDeps,
): Promise<SaveResult> {
  const spec = saveDialogFor(request)
  const choice = await deps.showSaveDialog({
    title: spec.title,
    defaultPath: path.join(deps.defaultFolder(), sanitizeFileName(suggestedSaveName(request))),
    filters: spec.filters,
    // macOS and Windows always ask before replacing a file; GTK only when told to.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (choice.canceled || !choice.filePath) return { status: 'canceled' }

  // GTK does not add the filter's extension to a typed name, and a typed name may end in
  // anything: the file always gets its kind's extension.
  const chosen = path.resolve(choice.filePath)
  const target = withSaveExtension(chosen, spec.extension)
  // The dialog asked before replacing the name as typed, not the one with the extension added.
  if (target !== chosen && (await (deps.fileExists ?? exists)(target))) {
    throw new UserFacingError(
      `“${path.basename(target)}” already exists in that folder. Save again and choose it to replace it, or give another name.`,
    )
  }
  try {
    await (deps.writeFile ?? writeFileAtomic)(target, request.bytes)
  } catch (error) {
    throw fileErrorToUserError(error, 'save')
  }
  deps.savedPaths.set(target, request.kind)
  // The name as shown: a name the user typed may hold bidi controls too.
  const name = withoutBidiControls(path.basename(target))
  return { status: 'saved', path: target, name, canOpen: spec.canOpen }
}
