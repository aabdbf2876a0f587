import { access } from 'node:fs/promises'
import path from 'node:path'
import type {
  App,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Shell,
} from 'electron'
import type { RequestOf } from '@shared/ipc-contract'
import { OPENABLE_SAVE_KINDS, type SaveKind } from '@shared/save-kinds'
import { askSession, type SessionFetch } from '@shared/team-session'
import { openFiles } from '../files/open-files'
import { saveFile } from '../files/save-file'
import { createSaveStreams, type SaveStreamFs } from '../files/save-stream'
import { printReportPdf, type PrintWindow } from '../report/print-report-pdf'
import { openExternalIfAllowed } from '../security/open-external'
import type { TeamCredentialsStore } from '../team/team-credentials'
import type { Handlers } from './register-handlers'

export interface HandlerDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>
  platform: NodeJS.Platform
  /** The dialogs, already bound to the main window so they open as sheets over it. */
  dialogs: {
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
    showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
  }
  shell: Pick<Shell, 'showItemInFolder' | 'openExternal' | 'openPath'>
  fileExists?(filePath: string): Promise<boolean>
  writeFile?(target: string, bytes: Uint8Array): Promise<void>
  /** The file system of streamed saves; tests inject one that fails (a full disk). */
  streamFs?: SaveStreamFs
  /** Calls `onGone` with a window's webContents id when its page goes away. */
  watchWindows?(onGone: (owner: number) => void): void
  /** Hidden windows on the report's print view, for PDF export. */
  printing?: {
    openPrintWindow(): PrintWindow
    printViewUrl(auditId: string): string
  }
  /** The team workspace: its credentials in the keychain, and how main asks the server. */
  team?: {
    credentials: TeamCredentialsStore
    fetch: SessionFetch
  }
}

const exists = (filePath: string): Promise<boolean> =>
  access(filePath).then(
    () => true,
    () => false,
  )

/** The main-process side of every capability in the IPC contract. Thin: services do the work. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // Reveal only what this session wrote, so a compromised renderer cannot probe the disk; open
  // only the documents among them, so it cannot have the system run a file it saved.
  const savedPaths = new Map<string, SaveKind>()
  const fileExists = deps.fileExists ?? exists

  const save = (request: RequestOf<'file:save'>) =>
    saveFile(request, {
      showSaveDialog: (options) => deps.dialogs.showSaveDialog(options),
      defaultFolder: () => deps.app.getPath('documents'),
      savedPaths,
      ...(deps.writeFile ? { writeFile: deps.writeFile } : {}),
      ...(deps.fileExists ? { fileExists: deps.fileExists } : {}),
    })

  const streams = createSaveStreams({
    showSaveDialog: (options) => deps.dialogs.showSaveDialog(options),
    defaultFolder: () => deps.app.getPath('documents'),
    savedPaths,
    ...(deps.fileExists ? { fileExists: deps.fileExists } : {}),
    ...(deps.streamFs ? { fs: deps.streamFs } : {}),
  })

  // A window that closes, reloads after a crash or navigates leaves no temporary file behind.
  deps.watchWindows?.((owner) => void streams.abortAllOf(owner))

  const team = (): NonNullable<HandlerDeps['team']> => {
    if (!deps.team) throw new Error('The team workspace is not set up in this process.')
    return deps.team
  }

  return {
    'app:info': async () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      runtime: 'electron',
      platform: deps.platform,
      userDataPath: deps.app.getPath('userData'),
    }),

    'file:save': save,
    'save-stream:begin': (request, sender) => streams.begin(request, sender.id),
    'save-stream:append': (request, sender) => streams.append(request, sender.id),
    'save-stream:finish': (request, sender) => streams.finish(request, sender.id),
    'save-stream:abort': (request, sender) => streams.abort(request, sender.id),

    'file:open': (request) =>
      openFiles(request, { showOpenDialog: (options) => deps.dialogs.showOpenDialog(options) }),

    'file:show-in-folder': async ({ path: requested }) => {
      const target = path.resolve(requested)
      if (!savedPaths.has(target) || !(await fileExists(target))) return { shown: false }
      deps.shell.showItemInFolder(target)
      return { shown: true }
    },

    'file:open-path': async ({ path: requested }) => {
      const target = path.resolve(requested)
      const kind = savedPaths.get(target)
      if (kind === undefined || !OPENABLE_SAVE_KINDS.has(kind)) return { opened: false }
      if (!(await fileExists(target))) return { opened: false }
      // shell.openPath answers with an error message, empty on success.
      return { opened: (await deps.shell.openPath(target)) === '' }
    },

    'link:open-external': async ({ url }) => ({
      opened: await openExternalIfAllowed(deps.shell, url),
    }),

    'report:export-pdf': async (request) => {
      if (!deps.printing) throw new Error('PDF export is not set up in this process.')
      return printReportPdf(request, { ...deps.printing, save })
    },

    'team:ask-session': (request) => askSession(team().fetch, request),
    'team:credentials:save': async (request) => ({ kept: await team().credentials.save(request) }),
    'team:credentials:load': () => team().credentials.load(),
    'team:credentials:clear': async () => {
      await team().credentials.clear()
      return { cleared: true }
    },
  }
}
