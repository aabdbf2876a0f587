import { withoutBidiControls } from '@shared/bidi'
import { UserFacingError } from '@shared/errors'
import { OPEN_KIND_SPECS, openLimit, splitBySize, type OpenKind } from '@shared/open-kinds'

/** Files the user chose, not read: each is a handle on a file on disk, read as it is needed. */
export type PickResult =
  | {
      status: 'picked'
      files: { name: string; file: File }[]
      /** Files of a several-file choice left out for their size, said to the user. */
      leftOut?: string
    }
  | { status: 'canceled' }

/**
 * Asks the user for files of one kind through the page's own file chooser (the system's dialog,
 * in Electron too). Every chosen file's size is checked against the kind's limit, as main does:
 * if any is larger, none is given and the refusal names each one.
 */
export function pickFiles(
  kind: OpenKind,
  maxBytes?: number,
  doc: Document = document,
): Promise<PickResult> {
  const { filters, multiple } = OPEN_KIND_SPECS[kind]
  const limit = openLimit(kind, maxBytes)
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    const accept = (filters ?? [])
      .flatMap((f) => f.extensions)
      .filter((ext) => ext !== '*')
      .map((ext) => `.${ext}`)
    if (accept.length > 0) input.accept = accept.join(',')
    input.hidden = true
    input.addEventListener('cancel', () => {
      input.remove()
      resolve({ status: 'canceled' })
    })
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? [])
      input.remove()
      if (chosen.length === 0) return resolve({ status: 'canceled' })
      const sized = chosen.map((file) => ({
        name: withoutBidiControls(file.name),
        size: file.size,
        file,
      }))
      const bySize = splitBySize(kind, limit, sized)
      if ('refused' in bySize) return reject(new UserFacingError(bySize.refused))
      resolve({
        status: 'picked',
        files: bySize.open.map(({ name, file }) => ({ name, file })),
        ...(bySize.leftOut ? { leftOut: bySize.leftOut } : {}),
      })
    })
    doc.body.append(input)
    input.click()
  })
}
