import type { ImageRenditions, RenditionMaker } from '../../../db/repositories/evidence'
import { renderImageRenditions } from './render-image'
import type { RenditionRequest, RenditionResponse } from './rendition-messages'

type Pending = { resolve: (r: ImageRenditions | undefined) => void }

let worker: Worker | undefined
let broken = false
let nextId = 1
const pending = new Map<number, Pending>()

function startWorker(): Worker | undefined {
  if (broken || typeof Worker === 'undefined') return undefined
  if (worker) return worker
  try {
    worker = new Worker(new URL('./renditions.worker.ts', import.meta.url), {
      type: 'module',
      name: 'evidence-renditions',
    })
  } catch {
    broken = true
    return undefined
  }
  worker.onmessage = (event: MessageEvent<RenditionResponse>) => {
    const response = event.data
    const waiting = pending.get(response.id)
    pending.delete(response.id)
    // An image the browser cannot decode is kept as a plain file: no renditions.
    waiting?.resolve(response.ok ? response.renditions : undefined)
  }
  worker.onerror = (event) => {
    // The worker itself failed (it could not load): make renditions here from now on.
    event.preventDefault()
    broken = true
    worker?.terminate()
    worker = undefined
    const waiting = [...pending.values()]
    pending.clear()
    for (const { resolve } of waiting) resolve(undefined)
  }
  return worker
}

/**
 * Renditions made in a dedicated worker, one image after another. Where a worker cannot start,
 * they are made on the main thread with the same code (decoding there is still asynchronous).
 */
export const workerRenditions: RenditionMaker = async (original, mediaType) => {
  const target = startWorker()
  if (!target) return renderImageRenditions(original, mediaType).catch(() => undefined)
  const id = nextId++
  const result = new Promise<ImageRenditions | undefined>((resolve) => pending.set(id, { resolve }))
  const request: RenditionRequest = { id, original, mediaType }
  target.postMessage(request)
  const renditions = await result
  if (renditions === undefined && broken) {
    return renderImageRenditions(original, mediaType).catch(() => undefined)
  }
  return renditions
}
