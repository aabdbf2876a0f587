import type { IpcResult } from '@shared/ipc-contract'
import type { IpcEventLike, IpcMainLike } from '../register-handlers'

type Listener = Parameters<IpcMainLike['handle']>[1]

export const APP_PAGE_EVENT: IpcEventLike = {
  senderFrame: { url: 'app://workbook/index.html', parent: null },
  sender: { id: 1 },
}

/** An in-memory `ipcMain`: records the channels and lets a test invoke them. */
export function createFakeIpcMain() {
  const listeners = new Map<string, Listener>()
  return {
    handle(channel: string, listener: Listener): void {
      listeners.set(channel, listener)
    },
    channels: (): string[] => [...listeners.keys()],
    invoke(channel: string, request: unknown, event = APP_PAGE_EVENT): Promise<IpcResult<unknown>> {
      const listener = listeners.get(channel)
      if (!listener) throw new Error(`no handler for ${channel}`)
      return listener(event, request)
    },
  }
}
