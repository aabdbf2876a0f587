import { strFromU8, unzipSync } from 'fflate'

/**
 * Where a marker string occurs in a package (a .docx): every part's name and every part's bytes,
 * XML, relationships, document properties and media alike (bytes read as Latin-1, so an ASCII
 * marker is found even inside an image). Empty when the marker is absent from the whole file.
 * Shared by the unit and e2e tests of the client and internal editions.
 */
export function partsHolding(packageBytes: Uint8Array, marker: string): string[] {
  const parts = unzipSync(packageBytes)
  return Object.entries(parts)
    .filter(([name, bytes]) => name.includes(marker) || latin1(bytes).includes(marker))
    .map(([name]) => name)
}

/** Whether a flat file (a CSV, a PDF, its text) holds an ASCII marker anywhere in its bytes. */
export function fileHolds(bytes: Uint8Array, marker: string): boolean {
  return latin1(bytes).includes(marker)
}

/** Every byte as one character: ASCII reads as itself whatever the encoding around it. */
function latin1(bytes: Uint8Array): string {
  return strFromU8(bytes, true)
}
