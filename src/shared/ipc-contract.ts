import { z } from 'zod'
import { OPEN_KINDS } from './open-kinds'
import { FIXED_SAVE_KINDS } from './save-kinds'
import type { SessionAnswer } from './team-session'

/**
 * The IPC contract: every channel between the renderer and the main process, with the zod schema
 * its request must pass in main and the type of its response. Adding a capability means adding it
 * here first; the preload and the browser bridge are both checked against `WorkbookApi`.
 */

/** 1 GiB: well above any report or archive, small enough to refuse nonsense. */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024

/** Suggested file name; main removes bidi controls, sets the extension and makes it safe. */
const defaultName = z.string().min(1).max(255)
const saveBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'file too large')

/**
 * 16 MiB: the most one `save-stream:append` may carry. The app sends 1 MiB chunks; the bound
 * keeps one message from holding main's memory hostage.
 */
export const MAX_APPEND_BYTES = 16 * 1024 * 1024

/** A streamed save's id, as main makes it (random hex); anything else is refused unread. */
const streamId = z.string().regex(/^[0-9a-f]{32}$/, 'not a save stream id')

/** Main checks the address again (`parseServerAddress`): https, or loopback only. */
const teamCredentials = z.strictObject({
  server: z.string().min(1).max(2048),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
})
export type TeamCredentials = z.infer<typeof teamCredentials>

/**
 * Where the password is kept: the operating system's keychain, or only until the app quits (the
 * tab closes, in a browser) when there is no keychain to keep it safely.
 */
export type CredentialsKept = 'keychain' | 'session'
export type StoredTeamCredentials = TeamCredentials & { kept: CredentialsKept }

export const requestSchemas = {
  'app:info': z.undefined(),
  /**
   * The renderer names the kind of file; main owns its dialog title, filters and extension, and
   * whether it may be opened afterwards.
   */
  'file:save': z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.enum(FIXED_SAVE_KINDS),
      defaultName,
      bytes: saveBytes,
    }),
    z.strictObject({
      kind: z.literal('evidence-copy'),
      defaultName,
      bytes: saveBytes,
      /** The evidence's captured media type: the copy's extension is derived from it. */
      mediaType: z
        .string()
        .max(127)
        .regex(/^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/i),
    }),
  ]),
  /**
   * A file written as it is produced (a report, an archive): main asks where, as for
   * `file:save`, and opens a temporary file next to the target. Only the window that began a
   * stream may append to it, finish it or abort it.
   */
  'save-stream:begin': z.strictObject({ kind: z.enum(FIXED_SAVE_KINDS), defaultName }),
  'save-stream:append': z.strictObject({
    streamId,
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_APPEND_BYTES, 'chunk too large'),
  }),
  /** Flushes the temporary file and renames it over the target: the file appears whole. */
  'save-stream:finish': z.strictObject({ streamId }),
  /** Closes and deletes the temporary file: nothing of the save is left. */
  'save-stream:abort': z.strictObject({ streamId }),
  'file:open': z.strictObject({
    kind: z.enum(OPEN_KINDS),
    /** A lower limit than the kind's own (the user's evidence limit); never a higher one. */
    maxBytes: z.number().int().positive().optional(),
  }),
  'file:show-in-folder': z.strictObject({
    /** Only a path this session saved through `file:save` is shown. */
    path: z.string().min(1).max(4096),
  }),
  'file:open-path': z.strictObject({
    /** Only a document this session saved through `file:save` (a report, a CSV) is opened. */
    path: z.string().min(1).max(4096),
  }),
  'link:open-external': z.strictObject({
    url: z.string().max(2048),
  }),
  /**
   * Prints an audit's report to PDF from its print view, then asks where to save it. The id
   * becomes part of the print view's address, so only an id's own characters pass.
   */
  'report:export-pdf': z.strictObject({
    auditId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'not an audit id'),
    defaultName,
    /** The report's paper, in twentieths of a point: between a postcard and A2. */
    page: z.strictObject({
      width: z.number().int().min(2000).max(24000),
      height: z.number().int().min(2000).max(34000),
    }),
  }),
  /**
   * The team workspace (issue 18). Main asks the server who the credentials are (the page's CSP
   * does not allow a server before it is connected), and keeps them in the OS keychain.
   */
  'team:ask-session': teamCredentials,
  /**
   * Stores them encrypted (without a keychain: in memory until the app quits) and allows the
   * server's origin from then on (in the CSP, from the next page load).
   */
  'team:credentials:save': teamCredentials,
  'team:credentials:load': z.undefined(),
  /** Forgets them and forbids the server's origin again. */
  'team:credentials:clear': z.undefined(),
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

export type SaveResult =
  | {
      status: 'saved'
      path: string
      name: string
      /** Offer "Open" only then: true for documents the app wrote (report, CSV), never a copy. */
      canOpen: boolean
    }
  | { status: 'canceled' }

export type SaveStreamBegun = { status: 'open'; streamId: string } | { status: 'canceled' }

export interface OpenedFile {
  name: string
  bytes: Uint8Array
  /** Last-modified time in ms since the epoch, when known. */
  lastModified?: number
}

export type OpenResult =
  | {
      status: 'opened'
      files: OpenedFile[]
      /** Files of a several-file choice left unread for their size, said to the user. */
      leftOut?: string
    }
  | { status: 'canceled' }

export interface ResponseOf {
  'app:info': AppInfo
  'file:save': SaveResult
  'save-stream:begin': SaveStreamBegun
  'save-stream:append': { written: number }
  'save-stream:finish': SaveResult
  'save-stream:abort': { aborted: true }
  'file:open': OpenResult
  'file:show-in-folder': { shown: boolean }
  'file:open-path': { opened: boolean }
  'link:open-external': { opened: boolean }
  'report:export-pdf': PdfExportResult
  'team:ask-session': SessionAnswer
  'team:credentials:save': { kept: CredentialsKept }
  /** Null when none are stored, or they cannot be decrypted any more. */
  'team:credentials:load': StoredTeamCredentials | null
  'team:credentials:clear': { cleared: true }
}

/**
 * The desktop app saves the PDF itself; a browser opens its print dialog, where the user chooses
 * "Save as PDF", and the page never learns what happened there.
 */
export type PdfExportResult = SaveResult | { status: 'print-dialog' }

/** One function per capability, exposed to the renderer as `window.workbook`. */
export interface WorkbookApi {
  appInfo(): Promise<AppInfo>
  saveFile(request: RequestOf<'file:save'>): Promise<SaveResult>
  /**
   * A save written chunk by chunk, so that a large file is never held whole in memory: `begin`
   * asks where, each `append` writes a chunk to a temporary file, `finish` puts the complete
   * file in place, `abort` leaves nothing behind.
   */
  saveStream: {
    begin(request: RequestOf<'save-stream:begin'>): Promise<SaveStreamBegun>
    append(request: RequestOf<'save-stream:append'>): Promise<{ written: number }>
    finish(request: RequestOf<'save-stream:finish'>): Promise<SaveResult>
    abort(request: RequestOf<'save-stream:abort'>): Promise<{ aborted: true }>
  }
  openFiles(request: RequestOf<'file:open'>): Promise<OpenResult>
  showInFolder(request: RequestOf<'file:show-in-folder'>): Promise<{ shown: boolean }>
  /**
   * Opens a document this session saved (a report, an action plan) in the program the system
   * gives its type; never a copy of an evidence file.
   */
  openPath(request: RequestOf<'file:open-path'>): Promise<{ opened: boolean }>
  openExternal(request: RequestOf<'link:open-external'>): Promise<{ opened: boolean }>
  /** The report of an audit as a PDF, printed from its print view. */
  exportReportPdf(request: RequestOf<'report:export-pdf'>): Promise<PdfExportResult>
  /**
   * The team workspace's sign-in check and credentials: the OS keychain in the desktop app,
   * this tab's session only in a browser.
   */
  team: {
    askSession(request: RequestOf<'team:ask-session'>): Promise<SessionAnswer>
    saveCredentials(request: RequestOf<'team:credentials:save'>): Promise<{ kept: CredentialsKept }>
    loadCredentials(): Promise<StoredTeamCredentials | null>
    clearCredentials(): Promise<{ cleared: true }>
  }
}

/** What a handler returns over IPC: errors cross as data, never as thrown stack traces. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }
