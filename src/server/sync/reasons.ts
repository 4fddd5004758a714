// What a rejected mutation tells the person whose change it was. Codes are stable for the
// device; reasons are shown as they are.
import type { RejectionCode } from '../../shared/api/errors'

export interface Rejection {
  code: RejectionCode
  reason: string
  issues?: Array<{ path: string, message: string }>
}

export const rejections = {
  coordinatorsOnly: (): Rejection => ({ code: 'forbidden', reason: '只有协调员可以修改此类数据' }),
  otherUnit: (unit: string): Rejection => ({ code: 'forbidden', reason: `只能填报或修改本单位（${unit}）的记录` }),
  otherOrganization: (unit: string): Rejection => ({ code: 'forbidden', reason: `这条记录属于另一个组织，${unit}所在组织的协调员不能修改` }),
  taskNotCovered: (unit: string): Rejection => ({ code: 'forbidden', reason: `${unit}不是该任务的牵头或责任单位，不能填报` }),
  taskNotFound: (taskId: string): Rejection => ({ code: 'not_found', reason: `找不到任务 ${taskId}，工作要点可能已被删除或更换` }),
  patchNotAllowed: (): Rejection => ({ code: 'invalid', reason: '此类记录只能整体提交，不能部分修改' }),
  idMismatch: (): Rejection => ({ code: 'invalid', reason: '记录内容中的编号与提交的编号不一致' }),
  derivedIdMismatch: (expected: string): Rejection => ({ code: 'invalid', reason: `记录编号与内容不符，应为 ${expected}` }),
  invalid: (issues: Array<{ path: string, message: string }>): Rejection => ({
    code: 'invalid',
    reason: `数据不合格：${issues.slice(0, 3).map(i => `${i.path}：${i.message}`).join('；')}`,
    issues,
  }),
  delegateOnlyPatches: (unit: string): Rejection => ({ code: 'forbidden', reason: `交由${unit}办理的记录，本单位只能修改其中的办理信息，不能整体提交或删除` }),
  delegateFields: (unit: string, allowed: readonly string[], sent: readonly string[]): Rejection => ({
    code: 'forbidden',
    reason: `交由${unit}办理的记录，本单位只能修改这些字段：${allowed.join('、')}；这次修改还包含：${sent.join('、')}`,
  }),
  parentNotFound: (field: string, id: string): Rejection => ({ code: 'not_found', reason: `找不到 ${field} 所指的记录 ${id}，它可能尚未同步或已被删除` }),
  parentOfOtherUnit: (field: string): Rejection => ({ code: 'forbidden', reason: `${field} 所指的活动不属于这条记录的单位：只能为本单位的活动登记` }),
  sequenceReused: (seq: number): Rejection => ({ code: 'sequence_reused', reason: `同一批修改中有两条使用了同一序号 ${seq}，后一条未保存；请在“同步”页导出未同步的修改后联系管理员` }),
  sequenceTaken: (seq: number): Rejection => ({ code: 'sequence_reused', reason: `序号 ${seq} 已用于本设备先前同步的另一条修改，这条修改未保存；请在“同步”页导出未同步的修改后联系管理员` }),
  tooLarge: (size: string, limit: string): Rejection => ({ code: 'too_large', reason: `这条修改有 ${size}，超过服务器接受的单条上限 ${limit}，未保存` }),
  deleted: (): Rejection => ({ code: 'conflict_deleted', reason: '该记录已被删除，这次修改未生效（内容已保留在历史中）' }),
}
