import { useMemo, useState } from 'react'
import { useDatabase } from '../../db/DatabaseContext'
import { saveSetting } from '../../db/repositories/settings'
import {
  brandingSetting,
  type StoredBranding,
  type StoredLogo,
} from '../../db/settings/known-settings'
import { getBridge } from '../../platform/bridge'
import { showError, useToasts } from '../../components/toast-store'
import { useBlobUrl } from '../evidence/useBlobUrl'
import '../report/report.css'

const LOGO_TYPES: Record<string, StoredLogo['type'] | undefined> = {
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
}

/** The report's look: the firm's accent colour and logo, used by every export. */
export function BrandingForm({ initial }: { initial: StoredBranding }) {
  const db = useDatabase()
  const show = useToasts((s) => s.show)
  const [branding, setBranding] = useState(initial)
  const logoBlob = useMemo(
    () =>
      branding.logo
        ? new Blob([branding.logo.bytes as Uint8Array<ArrayBuffer>], {
            type: `image/${branding.logo.type === 'jpg' ? 'jpeg' : 'png'}`,
          })
        : undefined,
    [branding.logo],
  )
  const logoUrl = useBlobUrl(logoBlob)

  const save = async (next: StoredBranding, message: string) => {
    try {
      await saveSetting(db, brandingSetting, next)
      setBranding(next)
      show({ message, tone: 'info' })
    } catch (error) {
      showError(error)
    }
  }

  const chooseLogo = async () => {
    let opened
    try {
      opened = await getBridge().openFiles({ kind: 'logo' })
    } catch (error) {
      // Too large, gone, unreadable: the message says which file and what to do.
      return showError(error)
    }
    if (opened.status !== 'opened' || !opened.files[0]) return
    const file = opened.files[0]
    const type = LOGO_TYPES[file.name.split('.').pop()?.toLowerCase() ?? '']
    if (!type) return showError(new Error('Choose a PNG or JPEG image for the logo.'))
    try {
      const bitmap = await createImageBitmap(new Blob([file.bytes as Uint8Array<ArrayBuffer>]))
      const logo = {
        bytes: new Uint8Array(file.bytes),
        type,
        width: bitmap.width,
        height: bitmap.height,
      }
      bitmap.close()
      await save({ ...branding, logo }, 'The logo is saved; reports show it on their cover.')
    } catch {
      showError(new Error(`${file.name} could not be read as an image. Choose another file.`))
    }
  }

  return (
    <div className="branding">
      <div className="field">
        <label className="field__label" htmlFor="accent-colour">
          Accent colour
        </label>
        <span className="field__hint" id="accent-colour-hint">
          Headings and table headers in the Word report.
        </span>
        <input
          id="accent-colour"
          type="color"
          aria-describedby="accent-colour-hint"
          value={`#${branding.accentColor}`}
          onChange={(e) =>
            setBranding({ ...branding, accentColor: e.target.value.slice(1).toUpperCase() })
          }
          onBlur={() => void save(branding, 'The accent colour is saved.')}
        />
      </div>
      <div className="field">
        <span className="field__label">Logo</span>
        {logoUrl ? (
          <img className="branding__logo" src={logoUrl} alt="The firm logo" />
        ) : (
          <span className="field__hint">No logo: the cover shows the firm's name only.</span>
        )}
        <div className="branding__actions">
          <button type="button" className="button" onClick={() => void chooseLogo()}>
            {branding.logo ? 'Replace logo…' : 'Choose logo…'}
          </button>
          {branding.logo && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void save({ accentColor: branding.accentColor }, 'The logo is removed.')
              }
            >
              Remove logo
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
