import path from 'node:path'

/** Pinned: the name decides the default profile folder, and so where every audit lives. */
export const APP_NAME = 'Audit Workbook'
/** Lets tests and development runs use a throwaway profile instead of the real one. */
export const USER_DATA_ENV = 'AUDIT_WORKBOOK_USER_DATA'

export interface UserDataInput {
  /** `app.getPath('appData')`: %APPDATA%, ~/Library/Application Support or ~/.config. */
  appDataPath: string
  env: Readonly<Record<string, string | undefined>>
  isPackaged: boolean
  pathApi?: path.PlatformPath
}

/**
 * The folder that holds IndexedDB (PRODUCT.md §13): `<appData>/Audit Workbook`, whatever the
 * package or executable is called. The environment override is honoured only in development
 * and tests, so a stray variable on a user's machine cannot point the app at an empty profile.
 */
export function resolveUserDataPath(input: UserDataInput): string {
  const pathApi = input.pathApi ?? path
  const override = input.env[USER_DATA_ENV]
  const overrideAllowed = !input.isPackaged || input.env.NODE_ENV === 'test'
  if (override && overrideAllowed) {
    // Fail loudly: a relative path would quietly depend on the working directory.
    if (!pathApi.isAbsolute(override)) {
      throw new Error(`${USER_DATA_ENV} must be an absolute path, got "${override}"`)
    }
    return pathApi.normalize(override)
  }
  return pathApi.join(input.appDataPath, APP_NAME)
}
