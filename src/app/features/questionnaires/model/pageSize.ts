// Printing at A4 or A5: the page size is a document-wide @page rule, so the poster screen adds
// one while it is open and takes it away again when it leaves.
export type PaperSize = 'A4' | 'A5'

export function applyPrintPageSize(size: PaperSize): () => void {
  const style = document.createElement('style')
  style.dataset.printPage = size
  style.textContent = `@page { size: ${size} portrait; margin: 12mm; }`
  document.head.append(style)
  return () => style.remove()
}

/** The address without its scheme: what a visitor types when the camera will not read the code. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '')
}
