import type { ImageRenditions } from '../../../db/repositories/evidence'

export interface RenditionRequest {
  id: number
  original: Blob
  mediaType: string
}

export type RenditionResponse =
  { id: number; ok: true; renditions: ImageRenditions } | { id: number; ok: false; error: string }
