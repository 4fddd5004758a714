/** Thrown for a document that is not a work plan: an annual report, a notice, an empty file. */
export class NotAWorkPlanError extends Error {
  override name = 'NotAWorkPlanError'
}
