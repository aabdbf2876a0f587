import path from 'node:path'
import { withoutBidiControls } from '@shared/bidi'
import type { RequestOf, SaveResult } from '@shared/ipc-contract'
import type { SaveKind } from '@shared/save-kinds'
import { writeFileAtomic } from './atomic-write'
import { fileErrorToUserError } from './file-errors'
import { chooseSaveTarget, type SaveTargetDeps } from './save-target'

export interface SaveFileDeps extends SaveTargetDeps {
  /**
   * Paths saved this session, with their kind: the only ones `file:show-in-folder` reveals, and
   * the kind decides whether `file:open-path` may open one.
   */
  savedPaths: Map<string, SaveKind>
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>
}

/** Asks the user where to save a file of the requested kind, then writes the bytes atomically. */
export async function saveFile(
  request: RequestOf<'file:save'>,
  deps: SaveFileDeps,
): Promise<SaveResult> {
  const chosen = await chooseSaveTarget(request, deps)
  if (!chosen) return { status: 'canceled' }
  const { target, spec } = chosen
  try {
    await (deps.writeFile ?? writeFileAtomic)(target, request.bytes)
  } catch (error) {
    throw fileErrorToUserError(error, 'save')
  }
  deps.savedPaths.set(target, request.kind)
  return savedResult(target, spec.canOpen)
}

/** What a finished save tells the renderer. */
export function savedResult(target: string, canOpen: boolean): SaveResult {
  // The name as shown: a name the user typed may hold bidi controls too.
  const name = withoutBidiControls(path.basename(target))
  return { status: 'saved', path: target, name, canOpen }
}
