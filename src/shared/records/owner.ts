// The organization a record belongs to (entities whose access reads 'organization', see
// access.ts): a directory node id, set once when the record is made and never patched, so a
// record cannot be handed to another organization.
import { z } from 'zod'

export const organizationOwner = z.string().trim().min(1).max(120)

/**
 * The id of a record an organization keeps one of, such as its feedback settings or its edit of a
 * built-in template: the shared id for a record without an owner, the shared id and the owner
 * otherwise, so two organizations never write the same record.
 */
export function organizationRecordId(baseId: string, owner: string | null | undefined): string {
  return owner ? `${baseId}@${owner}` : baseId
}

/** The shared id an organization's record stands for (the inverse of organizationRecordId). */
export function baseRecordId(record: { id: string, owner?: string }): string {
  const suffix = record.owner ? `@${record.owner}` : ''
  return suffix && record.id.endsWith(suffix) ? record.id.slice(0, -suffix.length) : record.id
}
