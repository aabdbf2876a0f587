import { DISK_FULL_MESSAGE, UserFacingError } from '@shared/errors'

type Action = 'save' | 'open'

const MESSAGES: Readonly<Record<string, Readonly<Record<Action, string>>>> = {
  EBUSY: {
    save: 'The file is open in another program (for example Word). Close it there, then save again.',
    open: 'The file is locked by another program. Close it there, then try again.',
  },
  EPERM: {
    save: 'Audit Workbook could not write the file. If it is open in another program (for example Word), close it there; otherwise choose a folder you can write to, such as Documents.',
    open: 'Audit Workbook is not allowed to read this file. Copy it to a folder such as Documents and try again.',
  },
  EACCES: {
    save: 'Audit Workbook is not allowed to write to this folder. Choose another folder, such as Documents.',
    open: 'Audit Workbook is not allowed to read this file. Copy it to a folder such as Documents and try again.',
  },
  ENOSPC: {
    save: DISK_FULL_MESSAGE,
    open: 'The disk is full. Free some space, then try again.',
  },
  EROFS: {
    save: 'This drive is read-only. Choose another folder.',
    open: 'The file could not be read from this drive. Copy it to your computer and try again.',
  },
  ENOENT: {
    save: 'The folder no longer exists. Choose another folder.',
    open: 'The file could not be found. It may have been moved or deleted.',
  },
  EISDIR: {
    save: 'A folder with that name already exists. Choose another name.',
    open: 'That is a folder, not a file. Choose a file.',
  },
  ENAMETOOLONG: {
    save: 'The file name or folder path is too long. Choose a shorter name or a folder nearer the top of the drive.',
    open: 'The file name or folder path is too long. Move the file to a shorter path and try again.',
  },
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined
  }
  return undefined
}

/** Turns a Node file-system error into a message that says what happened and what to do. */
export function fileErrorToUserError(error: unknown, action: Action): UserFacingError {
  if (error instanceof UserFacingError) return error
  const code = errorCode(error)
  const known = code ? MESSAGES[code]?.[action] : undefined
  if (known) return new UserFacingError(known)
  const suffix = code ? ` (${code})` : ''
  return new UserFacingError(
    action === 'save'
      ? `The file could not be saved${suffix}. Try again, or choose another folder.`
      : `The file could not be opened${suffix}. Try again, or copy it to another folder first.`,
  )
}
