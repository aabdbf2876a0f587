/**
 * Version numbers of what the editor publishes: each publish is the next major version, 1.0.0,
 * 2.0.0, 3.0.0…, so a consultant reads "version 2" and an audit offers "Update to version 2".
 * A pack imported with a finer version (1.3.2) continues at the next major (2.0.0).
 */

export const FIRST_VERSION = '1.0.0'

export function nextVersion(previous?: string): string {
  if (previous === undefined) return FIRST_VERSION
  const major = Number(previous.split('.')[0])
  return `${Number.isFinite(major) ? major + 1 : 1}.0.0`
}

/** "version 2" for 2.0.0; the whole number for a version the editor did not make (1.3.2). */
export function versionLabel(version: string): string {
  const match = /^(\d+)\.0\.0$/.exec(version)
  return `version ${match?.[1] ?? version}`
}
