/**
 * Raw deflate (as a zip entry holds it) by the browser's own zlib: native code, where fflate's
 * JavaScript deflate starts cold in every new report worker and spends longer on a worse result.
 */
export async function nativeDeflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
