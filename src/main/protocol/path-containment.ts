import path from 'node:path'

/**
 * True when `child` names something strictly inside the folder `parent` (never the folder
 * itself, never a sibling that merely shares a prefix such as `/app/renderer-evil`).
 * `pathApi` is injectable so the Windows rules can be tested on any platform.
 */
export function isPathInside(
  child: string,
  parent: string,
  pathApi: path.PlatformPath = path,
): boolean {
  const relative = pathApi.relative(pathApi.resolve(parent), pathApi.resolve(child))
  if (relative === '' || pathApi.isAbsolute(relative)) return false
  // `..` alone or as the first segment leaves the folder; `..foo` is an ordinary name inside it.
  return relative !== '..' && !relative.startsWith(`..${pathApi.sep}`)
}
