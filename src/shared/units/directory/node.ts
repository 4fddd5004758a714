// The unit directory (单位名录): the organization tree a deployment serves. Plans, accounts and
// records name units by node id; names, short names and aliases are only how people write them.

/**
 * organization: an issuing body whose children are its units (青浦区人民政府, 上海市生态环境局);
 * office: an organization's own general office (区政府办公室, 局办公室);
 * department: a district-level department (区数据局); a department with sections of its own is also
 *   the organization of those sections (区生态环境局 → 科室);
 * town: 街道/镇; section: 科室/处室 of a bureau; affiliate: 直属单位.
 */
export type DirectoryNodeKind = 'organization' | 'office' | 'department' | 'town' | 'section' | 'affiliate'

export interface DirectoryNode {
  id: string
  name: string
  parentId: string | null
  kind: DirectoryNodeKind
  /** Names the unit goes by in plans, e.g. 区府办 for 区政府办公室. Unique within one organization. */
  shortNames: string[]
  /** Other spellings (old names after a reorganisation); matched like short names. */
  aliases: string[]
  /** Position among its siblings in lists. */
  order: number
  /** A retired unit keeps its history but is not offered for new assignments. */
  retired: boolean
}
