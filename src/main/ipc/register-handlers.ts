import type { z } from 'zod'
import { UserFacingError } from '@shared/errors'
import {
  requestSchemas,
  type Channel,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '@shared/ipc-contract'
import type { InvokeEventLike } from './trusted-sender'

/** The window a request came from: its webContents id, for what belongs to one window. */
export interface IpcSender {
  id: number
}

/** One handler per channel of the contract; the compiler flags a missing or extra one. */
export type Handlers = {
  [C in Channel]: (request: RequestOf<C>, sender: IpcSender) => Promise<ResponseOf[C]>
}

/** The parts of Electron's `IpcMainInvokeEvent` the registry reads. */
export interface IpcEventLike extends InvokeEventLike {
  readonly sender: { readonly id: number }
}

/** The slice of Electron's `ipcMain` the registry uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, request: unknown) => Promise<IpcResult<unknown>>,
  ): void
}

export interface RegisterOptions {
  isTrustedSender(event: InvokeEventLike): boolean
  /** Where unexpected failures go; the renderer only ever sees a readable message. */
  logError?(channel: Channel, error: unknown): void
}

/** What each channel does, in the user's words, for error messages. */
const CHANNEL_ACTIONS: Readonly<Record<Channel, string>> = {
  'app:info': 'read the app information',
  'file:save': 'save the file',
  'save-stream:begin': 'save the file',
  'save-stream:append': 'save the file',
  'save-stream:finish': 'save the file',
  'save-stream:abort': 'cancel the save',
  'file:open': 'open the file',
  'file:show-in-folder': 'show the file in its folder',
  'file:open-path': 'open the file in its program',
  'link:open-external': 'open the link',
  'report:export-pdf': 'export the report as PDF',
  'team:ask-session': 'sign in to the team server',
  'team:credentials:save': 'keep your team password',
  'team:credentials:load': 'read your team password',
  'team:credentials:clear': 'forget your team password',
}

export const CONTRACT_CHANNELS = Object.keys(requestSchemas) as Channel[]

// Per ipcMain, so a second registration fails here with a clear message, not deep in Electron.
const registered = new WeakMap<IpcMainLike, Set<string>>()

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ')
}

async function dispatch<C extends Channel>(
  channel: C,
  handlers: Handlers,
  event: IpcEventLike,
  request: unknown,
  options: RegisterOptions,
): Promise<IpcResult<ResponseOf[C]>> {
  const action = CHANNEL_ACTIONS[channel]
  if (!options.isTrustedSender(event)) {
    return {
      ok: false,
      error: `Could not ${action}: the request did not come from the Audit Workbook window.`,
    }
  }
  const parsed = requestSchemas[channel].safeParse(request)
  if (!parsed.success) {
    return {
      ok: false,
      error: `Could not ${action}: the request was not valid (${describeIssues(parsed.error)}). Try again; if it keeps happening, restart the app.`,
    }
  }
  const handler = handlers[channel] as Handlers[C]
  try {
    return { ok: true, value: await handler(parsed.data as RequestOf<C>, { id: event.sender.id }) }
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message }
    options.logError?.(channel, error)
    return {
      ok: false,
      error: `Could not ${action} because of an unexpected error. Try again; if it keeps happening, restart the app.`,
    }
  }
}

/**
 * Registers every channel of the IPC contract. Each message is checked in order: trusted sender,
 * valid payload, then the handler; every outcome is an `IpcResult`, nothing throws across IPC.
 */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  options: RegisterOptions,
): void {
  const unknownChannels = Object.keys(handlers).filter(
    (channel) => !(CONTRACT_CHANNELS as string[]).includes(channel),
  )
  if (unknownChannels.length > 0) {
    throw new Error(`IPC handlers for channels not in the contract: ${unknownChannels.join(', ')}`)
  }
  const channels = registered.get(ipcMain) ?? new Set<string>()
  const duplicates = CONTRACT_CHANNELS.filter((channel) => channels.has(channel))
  if (duplicates.length > 0) {
    throw new Error(`IPC channels registered twice: ${duplicates.join(', ')}`)
  }
  const missing = CONTRACT_CHANNELS.filter((channel) => typeof handlers[channel] !== 'function')
  if (missing.length > 0) throw new Error(`No IPC handler for: ${missing.join(', ')}`)

  for (const channel of CONTRACT_CHANNELS) {
    ipcMain.handle(channel, (event, request) =>
      dispatch(channel, handlers, event, request, options),
    )
    channels.add(channel)
  }
  registered.set(ipcMain, channels)
}
