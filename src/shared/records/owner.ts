// The organization a record belongs to (entities whose access reads 'organization', see
// access.ts): a directory node id in `owner` (schema: common.ts organizationOwner), set when the
// record is made and never patched, so a record cannot be handed to another organization.
// Free of zod: the device lists templates and questionnaires with it.

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

/**
 * A record a member of `owner` stores for the first time, stamped with that organization; a
 * built-in one, whose id every organization shares, gets the organization's own id. A record
 * that has an owner, or a device that knows no organization, keeps it as it is.
 */
export function ownedByOrganization<T extends { id: string, owner?: string }>(record: T, owner: string | null | undefined, builtInIds: readonly string[]): T {
  if (!owner || record.owner)
    return record
  return { ...record, owner, id: builtInIds.includes(record.id) ? organizationRecordId(record.id, owner) : record.id }
}

/**
 * Built-in records with the stored ones replacing them by the id they stand for, an
 * organization's own edit over one shared from before organizations.
 */
export function withStoredEdits<T extends { id: string, owner?: string }>(builtIn: readonly T[], stored: readonly T[]): T[] {
  const byId = new Map<string, T>()
  for (const record of [...builtIn, ...stored.filter(r => !r.owner), ...stored.filter(r => r.owner)])
    byId.set(baseRecordId(record), record)
  return [...byId.values()]
}
