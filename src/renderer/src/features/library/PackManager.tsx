import { useState } from 'react'
import { useLocation } from 'wouter'
import { builtinPack, SHOWN_PACK_ERRORS, type ContentPack, type PackError } from '@core/content'
import { Dialog } from '../../components/Dialog'
import { plural } from '../../components/format'
import { useDatabase } from '../../db/DatabaseContext'
import type { InstalledPackRow, PackSource } from '../../db/database'
import { auditsUsingPack } from '../../db/queries/packs'
import { useImportedPackRows } from '../../db/queries/usePacks'
import { installPack, packInUseMessage, removePack } from '../../db/repositories/packs'
import { getBridge } from '../../platform/bridge'
import { showError, useToasts } from '../../components/toast-store'
import { parsePackFile } from './pack-file'
import { PackExport } from './sheets/ExportButtons'
import { WorkbookActions } from './sheets/WorkbookActions'
import './packs.css'

type Problem = { title: string; fileName?: string; errors?: PackError[]; message?: string }

/** The installed content packs: import one, see what each holds, remove one no audit uses. */
export function PackManager() {
  const db = useDatabase()
  const rows = useImportedPackRows()
  const show = useToasts((s) => s.show)
  const [, navigate] = useLocation()
  const [problem, setProblem] = useState<Problem>()
  const [removing, setRemoving] = useState<InstalledPackRow>()

  async function importPack() {
    try {
      const opened = await getBridge().openFiles({ kind: 'content-pack' })
      const file = opened.status === 'opened' ? opened.files[0] : undefined
      if (!file) return
      const title = 'This content pack cannot be installed'
      const result = parsePackFile(file.bytes)
      if (!result.ok) return setProblem({ title, fileName: file.name, errors: result.errors })
      try {
        await installPack(db, result.pack)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return setProblem({
          title,
          fileName: file.name,
          message: message.replace(`${title}. `, ''),
        })
      }
      const { pack } = result
      show({
        message: `Installed “${pack.title}” ${pack.version} with ${plural(pack.sections.length, 'section')}. New audits can now include ${pack.sections.length === 1 ? 'it' : 'them'}.`,
        tone: 'info',
      })
      navigate(`/library/${pack.sections[0]!.id}`)
    } catch (error) {
      showError(error)
    }
  }

  async function askToRemove(row: InstalledPackRow) {
    const users = await auditsUsingPack(db, row.id, row.version)
    if (users.length > 0)
      setProblem({
        title: 'This content pack is in use',
        message: packInUseMessage(row.pack, users),
      })
    else setRemoving(row)
  }

  async function confirmRemove(row: InstalledPackRow) {
    setRemoving(undefined)
    try {
      await removePack(db, row.id, row.version)
      show({ message: `Removed “${row.pack.title}” ${row.version}.`, tone: 'info' })
      navigate('/library')
    } catch (error) {
      showError(error)
    }
  }

  return (
    <section className="pack-manager" aria-labelledby="packs-title">
      <div className="pack-manager__header">
        <h2 id="packs-title" className="pack-manager__title">
          Content packs
        </h2>
        <button type="button" className="button button--small" onClick={() => void importPack()}>
          Import content pack…
        </button>
      </div>
      <WorkbookActions />
      <ul className="pack-list" aria-labelledby="packs-title">
        <PackItem pack={builtinPack} origin="Built in" />
        {rows?.map((row) => (
          <PackItem
            key={`${row.id}@${row.version}`}
            pack={row.pack}
            origin={ORIGINS[row.source ?? 'unknown']}
            onRemove={() => void askToRemove(row)}
          />
        ))}
      </ul>

      <Dialog
        title={problem?.title ?? 'Content pack'}
        open={problem !== undefined}
        onClose={() => setProblem(undefined)}
        footer={{ cancel: { label: 'Close', onClick: () => setProblem(undefined) } }}
      >
        {problem && <ProblemBody problem={problem} />}
      </Dialog>
      <Dialog
        title={removing ? `Remove “${removing.pack.title}” ${removing.version}?` : 'Remove pack'}
        open={removing !== undefined}
        onClose={() => setRemoving(undefined)}
        footer={{
          cancel: { label: 'Cancel', onClick: () => setRemoving(undefined) },
          primary: {
            label: 'Remove pack',
            tone: 'danger',
            onClick: () => removing && void confirmRemove(removing),
          },
        }}
      >
        <p>
          Its sections will no longer be offered for new audits. No audit uses it; you can import
          the file again later.
        </p>
      </Dialog>
    </section>
  )
}

/** Where each installed pack came from, as the list says it. */
const ORIGINS: Record<PackSource | 'unknown', string> = {
  'pack-file': 'From a pack file',
  archive: 'From an archive',
  editor: 'Published in the section editor',
  'team-library': 'From the team library',
  // Installed before the source was recorded: by a pack file or an archive, no telling which.
  unknown: 'Imported',
}

interface PackItemProps {
  pack: ContentPack
  origin: string
  onRemove?: () => void
}

function PackItem({ pack, origin, onRemove }: PackItemProps) {
  const name = `${pack.title} ${pack.version}`
  return (
    <li className="pack-list__item" aria-label={name}>
      <span className="pack-list__title">{pack.title}</span>
      <span className="pack-list__meta">
        <code>{pack.id}</code> · version {pack.version}
      </span>
      <span className="pack-list__meta">
        {pack.publisher && `${pack.publisher} · `}
        {plural(pack.sections.length, 'section')}
      </span>
      <span className="pack-list__meta">{origin}</span>
      <span className="pack-list__meta">
        <PackExport pack={pack} />
      </span>
      {onRemove ? (
        <button
          type="button"
          className="button button--small button--danger-quiet pack-list__remove"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          Remove
        </button>
      ) : (
        <span className="tag pack-list__builtin">Built in</span>
      )}
    </li>
  )
}

function ProblemBody({ problem }: { problem: Problem }) {
  const errors = problem.errors ?? []
  const rest = errors.length - SHOWN_PACK_ERRORS
  return (
    <>
      {problem.fileName && (
        <p>
          <strong>{problem.fileName}</strong> was not installed, and nothing has changed.
          {errors.length > 0 && ' Correct the file and import it again:'}
        </p>
      )}
      {problem.message && (
        <p role="alert" className="pack-problem">
          {problem.message}
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert">
          <ul className="pack-errors">
            {errors.slice(0, SHOWN_PACK_ERRORS).map((error, i) => (
              <li key={i}>
                {error.path === '' ? 'The file' : <code>{error.path}</code>} {error.message}
              </li>
            ))}
            {rest > 0 && <li>and {plural(rest, 'more problem')}</li>}
          </ul>
        </div>
      )}
    </>
  )
}
