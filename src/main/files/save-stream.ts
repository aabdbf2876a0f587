import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { SAVE_NOT_OPEN_MESSAGE, UserFacingError } from '@shared/errors'
import type { RequestOf, ResponseOf, SaveResult } from '@shared/ipc-contract'
import type { SaveKind } from '@shared/save-kinds'
import { temporaryPathFor } from './atomic-write'
import { fileErrorToUserError } from './file-errors'
import { savedResult } from './save-file'
import { chooseSaveTarget, type SaveTargetDeps } from './save-target'

/** The slice of `fs/promises` a streamed save needs; injectable so tests can make it fail. */
export type SaveStreamFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>

export interface SaveStreamDeps extends SaveTargetDeps {
  /** Paths saved this session, with their kind (see `SaveFileDeps`). */
  savedPaths: Map<string, SaveKind>
  fs?: SaveStreamFs
  /** 4 GiB by default: what a zip without zip64 can hold, and more than any export. */
  maxBytes?: number
}

/** The window a request came from (its webContents id): a stream belongs to one window. */
export type StreamOwner = number

interface OpenStream {
  owner: StreamOwner
  kind: SaveKind
  target: string
  temp: string
  canOpen: boolean
  handle: FileHandle
  written: number
  /** The last operation queued on this stream: each waits for the one before. */
  tail: Promise<unknown>
}

/**
 * Saves written chunk by chunk: `begin` asks where and opens a temporary file next to the
 * target, `append` writes to it, `finish` flushes it to disk and renames it over the target (a
 * reader sees the old file or the complete new one), `abort` closes and deletes it. Any failed
 * write (a full disk) deletes the temporary file at once: nothing half-written is left.
 */
export function createSaveStreams(deps: SaveStreamDeps) {
  const fs = deps.fs ?? nodeFs
  const maxBytes = deps.maxBytes ?? 2 ** 32 - 1
  const streams = new Map<string, OpenStream>()

  /** The stream, if it is open and this window's; refused otherwise, without saying which. */
  function owned(streamId: string, owner: StreamOwner): OpenStream {
    const stream = streams.get(streamId)
    if (!stream || stream.owner !== owner) throw new UserFacingError(SAVE_NOT_OPEN_MESSAGE)
    return stream
  }

  /** Runs `work` after the stream's operations before it: an abort waits for a write under way. */
  async function queued<T>(
    streamId: string,
    owner: StreamOwner,
    work: (s: OpenStream) => Promise<T>,
  ): Promise<T> {
    const stream = owned(streamId, owner)
    const run = stream.tail.then(() => work(owned(streamId, owner)))
    stream.tail = run.catch(() => undefined)
    return run
  }

  /** Closes and deletes the temporary file; the stream is gone. */
  async function discard(streamId: string, stream: OpenStream): Promise<void> {
    streams.delete(streamId)
    await stream.handle.close().catch(() => undefined)
    await fs.rm(stream.temp, { force: true }).catch(() => undefined)
  }

  async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.length - at)
      at += bytesWritten
    }
  }

  return {
    async begin(
      request: RequestOf<'save-stream:begin'>,
      owner: StreamOwner,
    ): Promise<ResponseOf['save-stream:begin']> {
      const chosen = await chooseSaveTarget(request, deps)
      if (!chosen) return { status: 'canceled' }
      const temp = temporaryPathFor(chosen.target)
      let handle: FileHandle
      try {
        handle = await fs.open(temp, 'wx')
      } catch (error) {
        throw fileErrorToUserError(error, 'save')
      }
      const streamId = randomBytes(16).toString('hex')
      streams.set(streamId, {
        owner,
        kind: request.kind,
        target: chosen.target,
        temp,
        canOpen: chosen.spec.canOpen,
        handle,
        written: 0,
        tail: Promise.resolve(),
      })
      return { status: 'open', streamId }
    },

    append({ streamId, bytes }: RequestOf<'save-stream:append'>, owner: StreamOwner) {
      return queued(streamId, owner, async (stream) => {
        if (stream.written + bytes.length > maxBytes) {
          await discard(streamId, stream)
          throw new UserFacingError(
            'The file would be larger than 4 GB, more than Audit Workbook can save in one file. Nothing was saved.',
          )
        }
        try {
          await writeAll(stream.handle, bytes)
        } catch (error) {
          await discard(streamId, stream)
          throw fileErrorToUserError(error, 'save')
        }
        stream.written += bytes.length
        return { written: stream.written }
      })
    },

    finish({ streamId }: RequestOf<'save-stream:finish'>, owner: StreamOwner) {
      return queued(streamId, owner, async (stream): Promise<SaveResult> => {
        try {
          await stream.handle.sync() // without this a power cut after the rename can leave an empty file
          await stream.handle.close()
          await fs.rename(stream.temp, stream.target)
        } catch (error) {
          await discard(streamId, stream)
          throw fileErrorToUserError(error, 'save')
        }
        streams.delete(streamId)
        deps.savedPaths.set(stream.target, stream.kind)
        return savedResult(stream.target, stream.canOpen)
      })
    },

    abort({ streamId }: RequestOf<'save-stream:abort'>, owner: StreamOwner) {
      return queued(streamId, owner, async (stream) => {
        await discard(streamId, stream)
        return { aborted: true as const }
      })
    },

    /** Aborts every stream of a window that closed or crashed, so no temporary file lingers. */
    async abortAllOf(owner: StreamOwner): Promise<void> {
      const mine = [...streams].filter(([, stream]) => stream.owner === owner)
      await Promise.all(mine.map(([id, stream]) => stream.tail.then(() => discard(id, stream))))
    },
  }
}

export type SaveStreams = ReturnType<typeof createSaveStreams>
