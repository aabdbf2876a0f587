import { useEffect, useState } from 'react'
import { formatByteSize } from '@core/text/byte-size'
import { formatDateTime, plural } from '../../components/format'
import { blobSource } from '../../platform/blob-source'
import { getBridge } from '../../platform/bridge'
import { pickFiles, type PickResult } from '../../platform/pick-files'
import { timeSlicer } from '../../platform/time-slice'

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string }
  | { phase: 'sound'; fileName: string; summary: string; clients: string[] }
  | { phase: 'refused'; fileName: string; message: string }

const SHOWN_CLIENTS = 5

/**
 * The way back when the database cannot be opened. The app never deletes or replaces the data it
 * cannot open (it may still be recovered, by a newer version or by hand), so a restore is a
 * step the user takes: this checks their archive in full, says what it holds, and explains how to
 * start from an empty data folder and import it, keeping the old folder aside.
 */
export function RestoreFromArchive() {
  const [state, setState] = useState<State>({ phase: 'idle' })
  const [dataFolder, setDataFolder] = useState<string>()
  useEffect(() => {
    getBridge()
      .appInfo()
      .then((info) => setDataFolder(info.userDataPath))
      .catch(() => undefined)
  }, [])

  async function choose() {
    let picked: PickResult
    try {
      picked = await pickFiles('archive')
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return setState({ phase: 'refused', fileName: '', message })
    }
    const file = picked.status === 'picked' ? picked.files[0] : undefined
    if (!file) return
    setState({ phase: 'checking', fileName: file.name })
    // Loaded only now: the archive code is not part of what every start has to load.
    const [{ ArchiveError, DEFAULT_ARCHIVE_LIMITS, readArchive }, { sha256Hex }] =
      await Promise.all([import('@core/archive'), import('../../platform/sha256')])
    try {
      // Read from the file a few megabytes at a time, never whole.
      const contents = await readArchive(blobSource(file.file), DEFAULT_ARCHIVE_LIMITS, {
        sha256: sha256Hex,
        yieldToUi: timeSlicer(),
      })
      const { audits, evidence } = contents.data
      setState({
        phase: 'sound',
        fileName: file.name,
        summary: `made on ${formatDateTime(Date.parse(contents.manifest.createdAt))}, holds ${plural(audits.length, 'audit')} and ${plural(evidence.length, 'evidence item')} (${formatByteSize(contents.archiveBytes)})`,
        clients: audits.map((a) => `${a.client} · ${a.system}`),
      })
    } catch (error) {
      const message =
        error instanceof ArchiveError
          ? error.message
          : `The archive could not be read (${error instanceof Error ? error.message : String(error)}).`
      setState({ phase: 'refused', fileName: file.name, message })
    }
  }

  return (
    <section className="restore" aria-labelledby="restore-title">
      <h2 id="restore-title" className="restore__title">
        Restore from an archive
      </h2>
      <p>
        If you exported an archive (a <code>.auditwb</code> file) earlier, your audits can be
        restored from it. Audit Workbook checks the archive first, then shows you how to restore it
        while keeping the data it cannot open.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void choose()}
        disabled={state.phase === 'checking'}
      >
        {state.phase === 'checking' ? 'Checking the archive…' : 'Restore from an archive…'}
      </button>

      {state.phase === 'refused' && (
        <p role="alert" className="restore__refusal">
          {state.message}
        </p>
      )}
      {state.phase === 'sound' && (
        <div role="status" className="restore__result">
          <p>
            <strong>{state.fileName}</strong> is a sound archive: it was {state.summary}.
          </p>
          {state.clients.length > 0 && (
            <ul className="restore__clients">
              {state.clients.slice(0, SHOWN_CLIENTS).map((client, i) => (
                <li key={i}>{client}</li>
              ))}
              {state.clients.length > SHOWN_CLIENTS && (
                <li>and {plural(state.clients.length - SHOWN_CLIENTS, 'more audit')}</li>
              )}
            </ul>
          )}
          <p>
            Audit Workbook will not delete or overwrite the data it cannot open. To restore this
            archive:
          </p>
          <ol className="restore__steps">
            <li>Quit Audit Workbook.</li>
            <li>
              Move {dataFolder ? <code>{dataFolder}</code> : 'the Audit Workbook data folder'} to a
              safe place, for example your Desktop. Keep it until you have checked the restored
              audits.
            </li>
            <li>Start Audit Workbook again: it starts empty.</li>
            <li>
              On the Audits screen, choose <strong>Import archive…</strong> and pick{' '}
              <strong>{state.fileName}</strong>.
            </li>
          </ol>
        </div>
      )}
    </section>
  )
}
