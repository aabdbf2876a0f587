import { z } from 'zod'

/**
 * The IPC contract: every channel between the renderer and the main process, with the zod schema
 * its request must pass in main and the type of its response. Adding a capability means adding it
 * here first; the preload and the browser bridge are both checked against `WorkbookApi`.
 */

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$|^\*$/))
    .min(1)
    .max(20),
})
export type FileFilter = z.infer<typeof fileFilter>

/** 1 GiB: well above any report or archive, small enough to refuse nonsense. */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024

export const requestSchemas = {
  'app:info': z.undefined(),
  'file:save': z.strictObject({
    /** Suggested file name; sanitised in main before it reaches the dialog. */
    defaultName: z.string().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'file too large'),
    filters: z.array(fileFilter).max(10).optional(),
    title: z.string().max(200).optional(),
  }),
  'file:open': z.strictObject({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(10).optional(),
    multiple: z.boolean().optional(),
  }),
  'file:show-in-folder': z.strictObject({
    /** Only a path this session saved through `file:save` is shown. */
    path: z.string().min(1).max(4096),
  }),
  'file:open-path': z.strictObject({
    /** Only a path this session saved through `file:save` is opened. */
    path: z.string().min(1).max(4096),
  }),
  'link:open-external': z.strictObject({
    url: z.string().max(2048),
  }),
} as const

export type Channel = keyof typeof requestSchemas
export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>

export interface AppInfo {
  name: string
  version: string
  /** Where the renderer runs: the desktop app, or a plain browser (development, tests). */
  runtime: 'electron' | 'browser'
  platform: string
  /** The folder holding the database; absent in a browser. */
  userDataPath?: string
}

export type SaveResult = { status: 'saved'; path: string; name: string } | { status: 'canceled' }

export interface OpenedFile {
  name: string
  bytes: Uint8Array
  /** Last-modified time in ms since the epoch, when known. */
  lastModified?: number
}

export type OpenResult = { status: 'opened'; files: OpenedFile[] } | { status: 'canceled' }

export interface ResponseOf {
  'app:info': AppInfo
  'file:save': SaveResult
  'file:open': OpenResult
  'file:show-in-folder': { shown: boolean }
  'file:open-path': { opened: boolean }
  'link:open-external': { opened: boolean }
}

/** One function per capability, exposed to the renderer as `window.workbook`. */
export interface WorkbookApi {
  appInfo(): Promise<AppInfo>
  saveFile(request: RequestOf<'file:save'>): Promise<SaveResult>
  openFiles(request: RequestOf<'file:open'>): Promise<OpenResult>
  showInFolder(request: RequestOf<'file:show-in-folder'>): Promise<{ shown: boolean }>
  /** Opens a file this session saved in the program the system gives its type (a report in Word). */
  openPath(request: RequestOf<'file:open-path'>): Promise<{ opened: boolean }>
  openExternal(request: RequestOf<'link:open-external'>): Promise<{ opened: boolean }>
}

/** What a handler returns over IPC: errors cross as data, never as thrown stack traces. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }
