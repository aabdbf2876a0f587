import { useEffect, useState } from 'react'
import type { EditorImage } from './load-editor-image'

/** The image an editor works on, once loaded; `error` when it cannot be read. */
export function useEditorImage(
  loading: Promise<EditorImage>,
  loaded: EditorImage | undefined,
): {
  image?: EditorImage
  error?: string
} {
  const [state, setState] = useState<{ image?: EditorImage; error?: string }>(
    loaded ? { image: loaded } : {},
  )
  useEffect(() => {
    let current = true
    loading.then(
      (image) => current && setState({ image }),
      (error: unknown) =>
        current && setState({ error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [loading])
  return state
}
