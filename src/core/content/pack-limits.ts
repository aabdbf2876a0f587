/**
 * A pack file larger than this is refused before it is parsed. Its own module, so the open
 * dialog's size check can know it without loading the pack schema.
 */
export const MAX_PACK_BYTES = 5 * 1024 * 1024
