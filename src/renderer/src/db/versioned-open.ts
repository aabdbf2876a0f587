/**
 * The browser's IndexedDB, except that a database is only ever opened at a stated version.
 *
 * Dexie opens at its own version; when the installed database is newer, IndexedDB refuses
 * (VersionError) and Dexie 4 then opens it without a version and patches it to fit this build's
 * schema, changing a newer app's data. Here that second open fails with the same VersionError, so
 * nothing is touched, and without asking the browser for every database's version (which costs a
 * round trip on every start) before the database is opened.
 */
export function openOnlyAtAVersion(factory: IDBFactory): IDBFactory {
  return new Proxy(factory, {
    get(target, property) {
      if (property === 'open')
        return (name: string, version?: number) => {
          if (version === undefined)
            throw new DOMException(
              `${name} is at a version this build does not know; it is not opened.`,
              'VersionError',
            )
          return target.open(name, version)
        }
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value
    },
  })
}
