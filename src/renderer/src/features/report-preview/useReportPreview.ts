import { useEffect, useMemo, useState } from 'react'
import { crc32 } from '@core/zip/crc32'
import { buildReportModel } from '@core/report/build'
import type { ReportInput } from '@core/report/build/input'
import type { ReportModel } from '@core/report/model'
import { loadSetting } from '../../db/queries/settings'
import { useLiveRead } from '../../db/queries/useLiveRead'
import { useSetting } from '../../db/queries/useSetting'
import { brandingSetting, reportOptionsSetting } from '../../db/settings/known-settings'
import { LOGO_MEDIA_ID } from '../../db/settings/report-branding'
import { loadReportInput } from '../report/load-report-input'
import { MediaUrls, type MediaSource } from './media-urls'

export type ReportPreview =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; model: ReportModel; urls: ReadonlyMap<string, string> }

type LoadedInput =
  { ok: true; input: ReportInput; media: Map<string, MediaSource> } | { ok: false; message: string }

/**
 * The report of an audit as an export would make it now, live: read with the options the Export
 * dialog remembers, and read again whenever anything it reads changes (answers, findings,
 * evidence, the narrative, the settings), so the preview follows the consultant's writing.
 */
export function useReportPreview(auditId: string): ReportPreview {
  const options = useSetting(reportOptionsSetting)?.value
  const loaded = useLiveRead(
    async (db): Promise<LoadedInput | undefined> => {
      if (!options) return undefined
      try {
        const pages = new Map<string, Blob>()
        const clock = {
          now: Date.now(),
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }
        const [input, { logo }] = await Promise.all([
          loadReportInput(db, auditId, options, clock, pages),
          loadSetting(db, brandingSetting),
        ])
        // A rendition's bytes never change under its id; the logo's may, so it is keyed by them.
        const media = new Map<string, MediaSource>(
          [...pages].map(([id, blob]) => [id, { blob, key: id }]),
        )
        if (logo) {
          const blob = new Blob([logo.bytes as Uint8Array<ArrayBuffer>], {
            type: logo.type === 'png' ? 'image/png' : 'image/jpeg',
          })
          media.set(LOGO_MEDIA_ID, { blob, key: `${logo.bytes.byteLength}:${crc32(logo.bytes)}` })
        }
        return { ok: true, input, media }
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) }
      }
    },
    [auditId, options],
  )

  const model = useMemo(
    () => (loaded?.ok && options ? buildReportModel(loaded.input) : undefined),
    [loaded, options],
  )
  const urls = useMediaUrls(loaded?.ok ? loaded.media : undefined, model)

  return useMemo((): ReportPreview => {
    if (!loaded) return { status: 'loading' }
    if (!loaded.ok) return { status: 'failed', message: loaded.message }
    if (!model || !urls) return { status: 'loading' }
    return { status: 'ready', model, urls }
  }, [loaded, model, urls])
}

/** URLs for the images the model embeds, kept across rebuilds and revoked when done. */
function useMediaUrls(
  sources: ReadonlyMap<string, MediaSource> | undefined,
  model: ReportModel | undefined,
): ReadonlyMap<string, string> | undefined {
  const [cache] = useState(() => new MediaUrls())
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>()
  useEffect(() => {
    if (!sources || !model) return
    const embedded = new Map<string, MediaSource>()
    for (const media of model.media) {
      const source = sources.get(media.id)
      if (source) embedded.set(media.id, source)
    }
    setUrls(cache.update(embedded))
  }, [cache, sources, model])
  useEffect(() => () => cache.dispose(), [cache])
  return urls
}
