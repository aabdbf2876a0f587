import { lazy, Suspense, type ComponentType } from 'react'

/**
 * A screen whose code is loaded the first time it is shown (`React.lazy` over a named export),
 * with nothing on screen meanwhile (a local file: a few milliseconds).
 *
 * Each screen has its own `Suspense` boundary, mounted with it. One boundary around all routes
 * would, while the next screen's code loads, keep the previous screen mounted (hidden, with its
 * state), and a quick way back would show that old instance again, e.g. a form still "saving".
 */
export function lazyScreen<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  const Lazy = lazy(async (): Promise<{ default: ComponentType<Props> }> => ({
    default: (await load())[name],
  }))
  function LazyScreen(props: Props) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  LazyScreen.displayName = `Lazy(${name})`
  return LazyScreen
}
