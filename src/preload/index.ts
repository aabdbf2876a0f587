import { contextBridge, ipcRenderer } from 'electron'
import type { Channel, IpcResult, RequestOf, ResponseOf, WorkbookApi } from '@shared/ipc-contract'

/**
 * Calls one channel and unwraps its `IpcResult`. The main process never throws across IPC; a
 * refusal comes back as data and is turned into an Error here, whose message is written for
 * the user. `ipcRenderer` itself never reaches the page.
 */
async function invoke<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf[C]> {
  const result = (await ipcRenderer.invoke(channel, request)) as IpcResult<ResponseOf[C]>
  if (result.ok) return result.value
  throw new Error(result.error)
}

/** One function per capability; `satisfies` keeps it in step with the contract. */
export const api = {
  appInfo: () => invoke('app:info', undefined),
  saveFile: (request) => invoke('file:save', request),
  saveStream: {
    begin: (request) => invoke('save-stream:begin', request),
    append: (request) => invoke('save-stream:append', request),
    finish: (request) => invoke('save-stream:finish', request),
    abort: (request) => invoke('save-stream:abort', request),
  },
  openFiles: (request) => invoke('file:open', request),
  showInFolder: (request) => invoke('file:show-in-folder', request),
  openPath: (request) => invoke('file:open-path', request),
  openExternal: (request) => invoke('link:open-external', request),
  exportReportPdf: (request) => invoke('report:export-pdf', request),
  team: {
    askSession: (request) => invoke('team:ask-session', request),
    saveCredentials: (request) => invoke('team:credentials:save', request),
    loadCredentials: () => invoke('team:credentials:load', undefined),
    clearCredentials: () => invoke('team:credentials:clear', undefined),
  },
} satisfies WorkbookApi

contextBridge.exposeInMainWorld('workbook', api)
