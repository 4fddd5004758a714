/** The photo a record or patch refers to (evidence, event photos, feedback all name it `photo`). */
export function photoHashOf(data: Record<string, unknown> | undefined): string | null {
  const sha256 = (data?.photo as { sha256?: unknown } | null | undefined)?.sha256
  return typeof sha256 === 'string' ? sha256 : null
}
