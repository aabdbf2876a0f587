import { useMemo, useState } from 'react'
import {
  pageName,
  readWordTemplate,
  TemplateFileError,
  templateStyleCoverage,
  type WordTemplate,
} from '@core/report/docx/template'
import { useDatabase } from '../../db/DatabaseContext'
import { systemClock } from '../../db/repositories/clock'
import { importReportTemplate, removeReportTemplate } from '../../db/repositories/report-template'
import type { StoredTemplate } from '../../db/settings/known-settings'
import { formatDateTime } from '../../components/format'
import { showError, useToasts } from '../../components/toast-store'
import { getBridge } from '../../platform/bridge'
import { TemplateStyleLists } from './TemplateStyleLists'
import './word-template.css'

/**
 * The firm's Word template: import, what the report takes from it, Remove. A refused file is
 * explained here, under the button, and nothing is saved.
 */
export function WordTemplateForm({ stored }: { stored: StoredTemplate | undefined }) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const [problem, setProblem] = useState<string>()
  const read = useMemo(() => readStored(stored), [stored])

  const chooseTemplate = async () => {
    setProblem(undefined)
    let opened
    try {
      opened = await getBridge().openFiles({ kind: 'word-template' })
    } catch (error) {
      return setProblem(error instanceof Error ? error.message : String(error))
    }
    if (opened.status !== 'opened' || !opened.files[0]) return
    const file = opened.files[0]
    try {
      await importReportTemplate(db, file, systemClock)
      show({ message: `Reports now use ${file.name}.`, tone: 'info' })
    } catch (error) {
      if (error instanceof TemplateFileError) setProblem(`${file.name}: ${error.message}`)
      else showError(error)
    }
  }

  const remove = async () => {
    try {
      await removeReportTemplate(db)
      setProblem(undefined)
      show({
        message: 'The template is removed; reports use Audit Workbook’s own look.',
        tone: 'info',
      })
    } catch (error) {
      showError(error)
    }
  }

  return (
    <div className="word-template">
      {stored ? (
        <TemplateDetails stored={stored} read={read} />
      ) : (
        <p className="muted">
          No template: reports use Audit Workbook’s own styles, on A4 paper, with its own header and
          footer.
        </p>
      )}
      <div className="branding__actions">
        <button type="button" className="button" onClick={() => void chooseTemplate()}>
          {stored ? 'Replace template…' : 'Import template…'}
        </button>
        {stored && (
          <button type="button" className="button" onClick={() => void remove()}>
            Remove template
          </button>
        )}
      </div>
      {problem && (
        <p className="word-template__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

type ReadTemplate = { template: WordTemplate } | { problem: string } | undefined

function readStored(stored: StoredTemplate | undefined): ReadTemplate {
  if (!stored) return undefined
  try {
    return { template: readWordTemplate(stored.bytes) }
  } catch (error) {
    return { problem: error instanceof TemplateFileError ? error.reason : String(error) }
  }
}

function TemplateDetails({ stored, read }: { stored: StoredTemplate; read: ReadTemplate }) {
  if (!read) return null
  return (
    <>
      <dl className="word-template__facts">
        <dt>Template</dt>
        <dd>
          {stored.name}{' '}
          <span className="muted">(imported {formatDateTime(stored.importedAt)})</span>
        </dd>
        {'template' in read && <TemplateFacts template={read.template} />}
      </dl>
      {'problem' in read ? (
        <p className="word-template__problem" role="alert">
          This template can no longer be read, so exports stop until it is replaced or removed:{' '}
          {read.problem}
        </p>
      ) : (
        <TemplateStyleLists coverage={templateStyleCoverage(read.template)} />
      )}
    </>
  )
}

function TemplateFacts({ template }: { template: WordTemplate }) {
  const { fonts, page, header, footer } = template
  const images = (part: { images: unknown[] } | undefined) =>
    part && part.images.length > 0
      ? ` with ${part.images.length === 1 ? 'an image' : `${part.images.length} images`}`
      : ''
  return (
    <>
      <dt>Page</dt>
      <dd>{page ? pageName(page) : 'Not stated: A4, as without a template'}</dd>
      <dt>Fonts</dt>
      <dd>
        Headings in {fonts.headings ?? 'the template’s default font'}, text in{' '}
        {fonts.body ?? 'the template’s default font'}
      </dd>
      <dt>Header and footer</dt>
      <dd>
        {header ? `The template’s header${images(header)}` : 'Audit Workbook’s header'};{' '}
        {footer
          ? `the template’s footer${images(footer)}`
          : 'Audit Workbook’s footer (page numbers)'}
      </dd>
    </>
  )
}
