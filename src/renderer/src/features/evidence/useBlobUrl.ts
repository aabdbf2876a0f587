import { useEffect, useState } from 'react'
import { leaseBlobUrl, type BlobUrlApi } from './blob-url'

/**
 * A `blob:` URL for the blob while the component shows it: made when the blob arrives, revoked
 * when the blob changes or the component unmounts.
 */
export function useBlobUrl(blob: Blob | undefined, api?: BlobUrlApi): string | undefined {
  const [shown, setShown] = useState<{ blob: Blob; url: string }>()
  useEffect(() => {
    if (!blob) return
    const lease = leaseBlobUrl(blob, api)
    setShown({ blob, url: lease.url })
    return () => {
      lease.release()
      setShown(undefined)
    }
  }, [blob, api])
  // Never hand out a URL made for an earlier blob: it is revoked, or about to be.
  return shown && shown.blob === blob ? shown.url : undefined
}
