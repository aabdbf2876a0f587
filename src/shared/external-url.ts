/**
 * Links leave the app only as `https:` URLs to a named host, without credentials: no
 * `javascript:`, `file:`, `http:` or custom schemes that could start a program.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
  )
}
