/**
 * pdf.js, set up for the app. Part of the PDF viewer's chunk, loaded with `import()` when a PDF
 * is first previewed, so it stays out of the start-up bundle. Everything it reads comes from the app's own files: the
 * worker script, two standard fonts, the character maps and the JPEG 2000 decoder are bundled
 * assets, fetched from the app's origin on demand, never from a network. It runs under the app's
 * Content-Security-Policy: no `eval` (`isEvalSupported: false`) and no WebAssembly (pdf.js falls
 * back to its JavaScript decoders), so the policy needs neither.
 */
import { getDocument, GlobalWorkerOptions, VerbosityLevel } from 'pdfjs-dist'
import type { PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import jpxDecoderUrl from 'pdfjs-dist/wasm/openjpeg_nowasm_fallback.js?url'
import dingbatsUrl from 'pdfjs-dist/standard_fonts/FoxitDingbats.pfb?url&no-inline'
import symbolUrl from 'pdfjs-dist/standard_fonts/FoxitSymbol.pfb?url&no-inline'

export type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'

GlobalWorkerOptions.workerSrc = workerUrl

/**
 * The standard fonts pdf.js cannot take from the system (it draws the other twelve with the
 * system's Helvetica, Times and Courier or their look-alikes), by the file name it asks for.
 */
const STANDARD_FONTS: Readonly<Record<string, string>> = {
  'FoxitDingbats.pfb': dingbatsUrl,
  'FoxitSymbol.pfb': symbolUrl,
}

/** The predefined CJK character maps, by name: a PDF whose text needs one loads just that one. */
const CHARACTER_MAPS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.bcmap'.length), url]),
)

async function fetchBundled(url: string | undefined, what: string): Promise<Uint8Array> {
  if (!url) throw new Error(`${what} is not part of the app`)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${what} could not be read (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

class BundledStandardFonts {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return fetchBundled(STANDARD_FONTS[filename], `Standard font ${filename}`)
  }
}

class BundledCharacterMaps {
  async fetch({ name }: { name: string }) {
    const cMapData = await fetchBundled(CHARACTER_MAPS[name], `Character map ${name}`)
    return { cMapData, isCompressed: true }
  }
}

/**
 * Opens a PDF from its bytes (handed over to pdf.js's worker). Destroying the returned task
 * ends the worker and frees the document, whether or not it has opened yet.
 */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data,
    isEvalSupported: false,
    useWasm: false,
    // pdf.js asks the page, not the network, for fonts and character maps: through the factories.
    useWorkerFetch: false,
    StandardFontDataFactory: BundledStandardFonts,
    CMapReaderFactory: BundledCharacterMaps,
    // The JPEG 2000 decoder is imported as `${wasmUrl}openjpeg_nowasm_fallback.js`; the
    // fragment makes that the bundled file's own (hashed) address.
    wasmUrl: `${new URL(jpxDecoderUrl, document.baseURI).href}#/`,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  })
}
