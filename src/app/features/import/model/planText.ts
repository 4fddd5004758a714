import { decodeTextBytes } from '../../../../shared/plan/decode'

/**
 * Text of a plan file as its author saved it: the one decoder the parser CLI and server use
 * (a UTF-16 byte-order mark as Windows Notepad writes it, else strict UTF-8, else GB18030).
 */
export function decodePlanText(bytes: Uint8Array): string {
  return decodeTextBytes(bytes)
}

export type PlanFileKind = 'txt' | 'docx'

export function planFileKind(name: string): PlanFileKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1]
  return extension === 'txt' || extension === 'docx' ? extension : null
}
