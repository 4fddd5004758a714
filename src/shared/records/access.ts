// Who may read and write an entity's records. The server enforces it; a device may use it
// to predict a rejection. Coordinators read and write everything.
export interface FieldDelegation {
  /** A field naming the unit (or list of units) the record has been handed to. */
  unitField: string
  /** The only fields staff of those units may patch. */
  fields: readonly string[]
}

export interface EntityAccess {
  /**
   * 'everyone': every signed-in user reads every record.
   * 'organization': the record belongs to the organization named in its `owner` (a node id):
   * everyone whose unit lies in that organization reads it, and only that organization's
   * coordinators write it; not a nested organization (区生态环境局 keeps its own FAQ apart from
   * 青浦区人民政府's), not its parent. A record without `owner` (older, or made on a server
   * without a directory) is read by everyone and written by any coordinator, as before.
   * 'unit': staff of the record's `unit` read it, plus the units leading its task (see `taskField`)
   * and the units named in `readerFields`.
   */
  read: 'everyone' | 'organization' | 'unit'
  /** 'coordinators': only they write. 'unit': staff write records whose `unit` is their own. */
  write: 'coordinators' | 'unit'
  /**
   * A field holding a plan task id (or a list of them): staff write the record only if their unit
   * leads or owns that task (each of them), and units leading it may read the record.
   */
  taskField?: string
  /** Fields holding a unit name or a list of unit names that may also read the record. */
  readerFields?: string[]
  /**
   * Staff of the record's current unit may change `unit`, handing the record to another unit.
   * Staff of the old unit then lose sight of it (their devices are sent a tombstone).
   */
  handOver?: boolean
  /**
   * Staff of a unit a record was handed to may patch some of its fields, and nothing else: the
   * unit a feedback item was referred to writes the reply, never the content or the contact.
   * The stored record decides who is named, so a patch cannot name its own writer.
   */
  delegates?: readonly FieldDelegation[]
  /**
   * The record belongs to another record named in `field` (a check-in to its event): when the
   * field is set, that record must exist and the two must have the same unit, so nobody hangs
   * records on another unit's event.
   */
  parent?: { entity: string, field: string }
}

/** What an entity without an `access` entry gets: read by its unit, written by coordinators. */
export const restrictedAccess: EntityAccess = { read: 'unit', write: 'coordinators' }
