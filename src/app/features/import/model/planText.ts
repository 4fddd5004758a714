/**
 * Text of a plan file as its author saved it. Government .txt files are often GB18030
 * (GBK) rather than UTF-8: UTF-8 is tried strictly first, so a GBK file is never misread.
 */
export function decodePlanText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

export type PlanFileKind = 'txt' | 'docx'

export function planFileKind(name: string): PlanFileKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1]
  return extension === 'txt' || extension === 'docx' ? extension : null
}
