import { access } from 'node:fs/promises'
import path from 'node:path'
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import { UserFacingError } from '@shared/errors'
import { suggestedSaveName, withSaveExtension } from '@shared/save-kinds'
import { sanitizeFileName } from './safe-file-name'
import { saveDialogFor, type SaveDialogRequest, type SaveDialogSpec } from './save-dialogs'

export interface SaveTargetDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  /** Where the dialog opens, usually the user's Documents folder. */
  defaultFolder(): string
  fileExists?: (target: string) => Promise<boolean>
}

const exists = (target: string): Promise<boolean> =>
  access(target).then(
    () => true,
    () => false,
  )

/**
 * Asks the user where to save a file of the requested kind: the path it will be written to,
 * always with its kind's extension, and what the dialog was; undefined when they canceled.
 */
export async function chooseSaveTarget(
  request: SaveDialogRequest,
  deps: SaveTargetDeps,
): Promise<{ target: string; spec: SaveDialogSpec } | undefined> {
  const spec = saveDialogFor(request)
  const choice = await deps.showSaveDialog({
    title: spec.title,
    defaultPath: path.join(deps.defaultFolder(), sanitizeFileName(suggestedSaveName(request))),
    filters: spec.filters,
    // macOS and Windows always ask before replacing a file; GTK only when told to.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (choice.canceled || !choice.filePath) return undefined

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
  return { target, spec }
}
