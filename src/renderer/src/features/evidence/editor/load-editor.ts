import type * as EditorModule from './ImageEditorDialog'

export type ImageEditorDialogComponent = typeof EditorModule.ImageEditorDialog

// The editor comes in its own chunk, fetched when the browser is idle after an "Edit / redact"
// button first shows. It is rendered once loaded rather than through React.lazy and Suspense,
// whose reveal of suspended content is throttled (by about 300 ms): the first frame would wait.
let editorModule: Promise<typeof EditorModule> | undefined

/** The image editor's dialog, loaded once. */
export function loadEditor(): Promise<ImageEditorDialogComponent> {
  editorModule ??= import('./ImageEditorDialog').catch((error: unknown) => {
    editorModule = undefined // a later click tries again
    throw error
  })
  return editorModule.then((m) => m.ImageEditorDialog)
}

export const EDITOR_LOAD_FAILED = 'The editor could not be loaded. Reload the app and try again.'
