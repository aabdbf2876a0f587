import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The path aliases (`@core/…`, `@shared/…`) for every Vite-based tool — electron-vite, the web and
 * bench builds, Vitest — read from the one place they are declared: `paths` in
 * tsconfig.base.json, which TypeScript, editors and Playwright read for themselves. A new alias
 * goes there and nowhere else.
 */
export const aliases: Record<string, string> = readAliases(
  resolve(import.meta.dirname, 'tsconfig.base.json'),
)

function readAliases(tsconfigPath: string): Record<string, string> {
  let config: { compilerOptions?: { paths?: Record<string, string[]> } }
  try {
    config = JSON.parse(readFileSync(tsconfigPath, 'utf8'))
  } catch (error) {
    // Read as plain JSON: a comment there would stop every build, so say where.
    throw new Error(`${tsconfigPath} must stay plain JSON (no comments): ${String(error)}`)
  }
  const paths = config.compilerOptions?.paths ?? {}
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => {
      if (!alias.endsWith('/*') || !target?.endsWith('/*'))
        throw new Error(`${tsconfigPath}: the path alias ${alias} must map "x/*" to "y/*"`)
      return [alias.slice(0, -2), resolve(import.meta.dirname, target.slice(0, -2))]
    }),
  )
}
