import { ARCHIVE_EXTENSION } from '@core/archive/format'
import { extensionForMediaType, mediaTypeFromName } from '@core/evidence/media-type'
import { withoutBidiControls } from './bidi'

/**
 * What the renderer may ask to save. It names a kind; the extension comes from here, and the
 * dialog's title and filters from the main process, so a page cannot save `report.cmd` under a
 * filter labelled "Word document".
 */
export const FIXED_SAVE_KINDS = [
  'report',
  'report-pdf',
  'action-plan',
  'archive',
  'workbook',
  'content-pack',
] as const
export const SAVE_KINDS = [...FIXED_SAVE_KINDS, 'evidence-copy'] as const
export type SaveKind = (typeof SAVE_KINDS)[number]

/** Documents the app wrote itself: the only saves offered, and allowed, to open afterwards. */
export const OPENABLE_SAVE_KINDS: ReadonlySet<SaveKind> = new Set([
  'report',
  'report-pdf',
  'action-plan',
])

const FIXED_EXTENSIONS: Readonly<Record<(typeof FIXED_SAVE_KINDS)[number], string>> = {
  report: 'docx',
  'report-pdf': 'pdf',
  'action-plan': 'csv',
  archive: ARCHIVE_EXTENSION,
  workbook: 'xlsx',
  'content-pack': 'json',
}

/**
 * Extensions a system runs, installs or interprets as a program or shortcut when the file is
 * opened. An evidence copy never gets one, whatever its name or claimed type says.
 */
const EXECUTABLE_EXTENSIONS = new Set(
  (
    'exe com bat cmd msi msp msix msixbundle appx appxbundle appinstaller scr pif cpl dll sys ' +
    'drv ocx ps1 psm1 psd1 ps1xml psc1 vb vbs vbe js jse mjs cjs wsf wsh wsc ws sct hta lnk url ' +
    'website scf reg inf application gadget jar class chm hlp msc mst shs settingcontent-ms ' +
    'library-ms search-ms xll xlam docm dotm xlsm xltm pptm potm ppam sldm iso img vhd vhdx app ' +
    'command tool sh bash zsh csh ksh fish run bin action workflow pkg mpkg dmg apk deb rpm ' +
    'appimage snap flatpakref desktop py pyw pyc pl rb php'
  ).split(' '),
)

/** The last extension of a name, lower case, if it looks like one. */
function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9-]{1,20})$/.exec(name.trim())
  return match?.[1]?.toLowerCase()
}

/**
 * The extension a copy of an evidence file is saved with: the usual one for its media type
 * (keeping the name's own when it means the same type, as `.jpeg` for a JPEG); for a type the
 * app does not know, the name's own unless it is executable; otherwise `bin`.
 */
export function evidenceCopyExtension(mediaType: string, fileName: string): string {
  const own = extensionOf(fileName)
  const known = extensionForMediaType(mediaType)
  if (known !== undefined) {
    return own !== undefined && mediaTypeFromName(`x.${own}`) === mediaTypeFromName(`x.${known}`)
      ? own
      : known
  }
  if (own !== undefined && !EXECUTABLE_EXTENSIONS.has(own) && /^[a-z0-9]{1,16}$/.test(own)) {
    return own
  }
  return 'bin'
}

export interface SaveNaming {
  kind: SaveKind
  defaultName: string
  /** An evidence copy's media type, as captured. */
  mediaType?: string | undefined
}

/** The one extension a save of this kind is written with. */
export function saveExtension({ kind, defaultName, mediaType }: SaveNaming): string {
  return kind === 'evidence-copy'
    ? evidenceCopyExtension(mediaType ?? '', withoutBidiControls(defaultName))
    : FIXED_EXTENSIONS[kind]
}

/**
 * The suggested name with the kind's extension in place of whatever it ended with, and no
 * bidi controls. The main process still makes it safe for the disk (`sanitizeFileName`).
 */
export function suggestedSaveName(naming: SaveNaming): string {
  const extension = saveExtension(naming)
  const name = withoutBidiControls(naming.defaultName).trim()
  const own = extensionOf(name)
  const stem = own === undefined ? name : name.slice(0, -(own.length + 1))
  return `${stem.trim() || 'Untitled'}.${extension}`
}

/** `path` with the extension of its kind: appended when the user typed a name without it. */
export function withSaveExtension(path: string, extension: string): string {
  return extensionOf(path) === extension.toLowerCase() ? path : `${path}.${extension}`
}
