// The last resort when changes cannot reach the server: everything unsent, photos included,
// in one JSON file the user can keep or send on (WeChat, mail) to a coordinator.
import type { UnsentRecords } from '../db/syncRepository'

export interface UnsentExport {
  format: 'kaifangri-unsent/1'
  exportedAt: string
  exportedBy: string | null
  entries: UnsentRecords['entries']
  progress: UnsentRecords['progress']
  evidence: UnsentRecords['evidence']
  records: UnsentRecords['records']
  photos: Array<{ sha256: string, mime: string, width: number, height: number, base64: string }>
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  // String.fromCharCode takes arguments on the stack: feed it in slices.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export async function buildUnsentExport(records: UnsentRecords, exportedBy: string | null, now: Date = new Date()): Promise<UnsentExport> {
  const photos = await Promise.all(records.photos.map(async photo => ({
    sha256: photo.sha256,
    mime: photo.mime,
    width: photo.width,
    height: photo.height,
    base64: await base64Of(photo.blob),
  })))
  return {
    format: 'kaifangri-unsent/1',
    exportedAt: now.toISOString(),
    exportedBy,
    entries: records.entries,
    progress: records.progress,
    evidence: records.evidence,
    records: records.records,
    photos,
  }
}

export function unsentExportFile(content: UnsentExport): File {
  const stamp = content.exportedAt.slice(0, 16).replace(/[-:T]/g, '')
  return new File([JSON.stringify(content, null, 1)], `kaifangri-unsent-${stamp}.json`, { type: 'application/json' })
}

/** Shares the file where the browser can (phones), else downloads it. */
export async function shareOrDownload(file: File): Promise<'shared' | 'downloaded'> {
  const nav = globalThis.navigator
  if (nav?.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: file.name })
      return 'shared'
    }
    catch (error) {
      // The user closing the share sheet is an answer, not a reason to download instead.
      if (error instanceof DOMException && error.name === 'AbortError')
        throw error
    }
  }
  const url = URL.createObjectURL(file)
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return 'downloaded'
}
