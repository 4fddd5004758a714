import type { DraftField } from './draft/types'

/** Thrown for a document that is not a work plan: an annual report, a notice, an empty file. */
export class NotAWorkPlanError extends Error {
  override name = 'NotAWorkPlanError'
}

const fieldNames: Record<DraftField, [string, string]> = { year: ['年份', 'year'], issuer: ['发文单位', 'issuer'], title: ['标题', 'title'] }

/** A draft that still lacks its year, issuer or title cannot become a plan: nothing is saved half. */
export class PlanIncompleteError extends Error {
  override name = 'PlanIncompleteError'
  readonly missing: DraftField[]

  constructor(missing: DraftField[]) {
    const chinese = missing.map(field => fieldNames[field][0]).join('、')
    const english = missing.map(field => fieldNames[field][1]).join(', ')
    super(`工作要点缺少${chinese}，请补充后再导入 (the plan is missing its ${english})`)
    this.missing = missing
  }
}
