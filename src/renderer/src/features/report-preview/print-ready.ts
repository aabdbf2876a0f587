/**
 * Resolves once every image in the element has loaded (or failed, which prints as its alt text),
 * so the page can be printed with all of them. Load, not decode: decoding 200 page-sized images
 * up front would hold every bitmap in memory at once; the print engine decodes as it paints.
 */
export async function imagesLoaded(root: ParentNode, signal: AbortSignal): Promise<void> {
  const pending = [...root.querySelectorAll('img')].filter((img) => !img.complete)
  await Promise.all(
    pending.map(
      (img) =>
        new Promise<void>((resolve) => {
          const done = () => resolve()
          img.addEventListener('load', done, { once: true, signal })
          img.addEventListener('error', done, { once: true, signal })
          signal.addEventListener('abort', done, { once: true })
        }),
    ),
  )
}
