import type { ReportOptions } from '@core/report/build/input'

/** Main thread → report worker. */
export interface ExportRequest {
  auditId: string
  options: ReportOptions
  now: number
  timeZone: string
}

/** Report worker → main thread. */
export type ExportMessage =
  | { kind: 'progress'; step: string; done: number; total: number }
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'failed'; message: string }

/** The steps, in order, as the progress bar names them. */
export const EXPORT_STEPS = {
  reading: 'Reading the audit',
  writing: 'Writing the document',
  images: 'Adding images',
  packing: 'Packing the file',
} as const
