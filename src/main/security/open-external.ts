import type { Shell } from 'electron'
import { isAllowedExternalUrl } from '@shared/external-url'

/**
 * The app's only way out to the user's browser, and the only call to `shell.openExternal`: an
 * https link to a named host, no credentials, handed over in normalised form so stray whitespace
 * or control characters never reach the OS. Anything else (file:, smb:, ms-msdt:, http:...)
 * could start a program and is refused.
 */
export async function openExternalIfAllowed(
  shell: Pick<Shell, 'openExternal'>,
  url: string,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(new URL(url).href)
  return true
}
