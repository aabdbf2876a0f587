import { lazy, Suspense } from 'react'
import type { RichTextEditorProps } from './RichTextEditor'

const Editor = lazy(async () => ({ default: (await import('./RichTextEditor')).RichTextEditor }))

/**
 * The rich-text editor, loaded the first time one is shown: Lexical stays out of the app's first
 * script. Meanwhile an empty box of the editor's size holds its place.
 */
export function LazyRichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<div className="rich-text rich-text--loading" aria-busy="true" />}>
      <Editor {...props} />
    </Suspense>
  )
}
