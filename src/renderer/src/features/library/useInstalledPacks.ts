import { builtinPack, type ContentPack } from '@core/content'

const INSTALLED: readonly ContentPack[] = [builtinPack]

/** The content packs available for new audits. Custom packs join the built-in one later. */
export function useInstalledPacks(): readonly ContentPack[] {
  return INSTALLED
}
