import {
  resolveMediaType,
  screenshotFileName,
  SNIFF_BYTES,
  type EvidenceKind,
} from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import type { OpenedFile } from '@shared/ipc-contract'
import type { NewEvidence } from '../../../db/repositories/evidence'

/** What one captured thing becomes, before it is given its audit and questions. */
export type CaptureSource = Omit<NewEvidence, 'auditId' | 'questionKeys'>

/** One thing to capture: a name to show while it is added, and how to get its bytes. */
export interface CaptureInput {
  name: string
  load: () => Promise<CaptureSource>
}

async function headOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer())
}

/** A file dropped or pasted. A pasted image is a screenshot, named by when it was taken. */
export function fileInput(file: File, kind: EvidenceKind = 'file', now = new Date()): CaptureInput {
  const isScreenshot = kind === 'screenshot'
  // Kept as it will be shown: bidi controls could make `invoice\u202Efdp.exe` read as a PDF.
  const name = withoutBidiControls(file.name)
  return {
    name: isScreenshot ? 'screenshot' : name,
    async load() {
      const mediaType = resolveMediaType({
        fileName: file.name,
        head: await headOf(file),
        declared: file.type,
      })
      return {
        kind,
        fileName: isScreenshot ? screenshotFileName(now, mediaType) : name || 'Unnamed file',
        mediaType,
        bytes: file,
      }
    },
  }
}

/** A file chosen through the bridge's open dialog: a name and bytes, no type. */
export function openedFileInput(file: OpenedFile): CaptureInput {
  const name = withoutBidiControls(file.name)
  return {
    name,
    async load() {
      const mediaType = resolveMediaType({
        fileName: file.name,
        head: file.bytes.subarray(0, SNIFF_BYTES),
      })
      const bytes = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: mediaType })
      return { kind: 'file', fileName: name || 'Unnamed file', mediaType, bytes }
    },
  }
}

/** An image read from the clipboard with the "Paste screenshot" button. */
export function clipboardImageInput(image: Blob, now = new Date()): CaptureInput {
  return fileInput(new File([image], 'clipboard', { type: image.type }), 'screenshot', now)
}

/** A link: its bytes are its URL in UTF-8 (`text/uri-list`). */
export function linkInput(url: string, title: string): CaptureInput {
  return {
    name: title,
    load: async () => ({
      kind: 'link',
      fileName: title,
      mediaType: 'text/uri-list',
      bytes: new Blob([url], { type: 'text/uri-list' }),
      url,
    }),
  }
}

/** A text snippet: its bytes are the text in UTF-8 (`text/plain`). */
export function snippetInput(title: string, text: string): CaptureInput {
  return {
    name: title,
    load: async () => ({
      kind: 'snippet',
      fileName: title,
      mediaType: 'text/plain',
      bytes: new Blob([text], { type: 'text/plain' }),
    }),
  }
}

/** The files of a drop or a paste, whether the browser lists them as files or as items. */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return []
  const files = Array.from(data.files)
  if (files.length > 0) return files
  return Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null)
}
