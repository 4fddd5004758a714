// The parts of the progress record a phone needs on its first screen, without zod:
// importing them must not pull the schema library into the app's initial JavaScript.
export const progressStatuses = ['todo', 'partial', 'done'] as const
export type ProgressStatus = typeof progressStatuses[number]

export const progressDefaults = { status: 'todo', note: '', count: 0 } satisfies { status: ProgressStatus, note: string, count: number }

export function progressIdOf(unit: string, subject: string): string {
  return `${unit}|${subject}`
}
