/** A failure whose message is written for the user: what happened and what to do. */
export class UserFacingError extends Error {
  override name = 'UserFacingError'
}

/** What a save says when the disk (or the browser's storage) fills, in main and in a browser. */
export const DISK_FULL_MESSAGE =
  'The disk is full. Free some space or choose another drive, then save again.'

/** What a streamed save says of a stream id it does not hold (finished, aborted or foreign). */
export const SAVE_NOT_OPEN_MESSAGE =
  'This save is not open any more (it was finished or canceled, or began in another window). Export again.'
