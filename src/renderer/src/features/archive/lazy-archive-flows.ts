/**
 * The archive actions the audits screen offers, loaded on first use: the code that drives the
 * archive worker stays out of the bundle the app starts with.
 */
const load = () => import('./archive-flows')

export async function exportAudit(audit: {
  id: string
  client: string
  system: string
}): Promise<void> {
  await (await load()).exportAudit(audit)
}

export async function exportEverything(): Promise<void> {
  await (await load()).exportEverything()
}

export async function chooseArchiveToImport(): Promise<void> {
  await (await load()).chooseArchiveToImport()
}

export async function confirmImport(): Promise<void> {
  await (await load()).confirmImport()
}
