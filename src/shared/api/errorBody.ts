// Reads an error answer without zod, for the first screen and a visitor's page: whatever the
// body holds, the caller gets a code and words to show (the server sends ApiError, errors.ts).
import type { Issue } from './errors'

export interface ErrorBody {
  code: string
  message: string
  issues: Issue[]
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string' && 'message' in value && typeof value.message === 'string'

/** The error an answer's body names, or null when it names none (a proxy's HTML page, no body). */
export function errorBodyOf(body: unknown): ErrorBody | null {
  if (typeof body !== 'object' || body === null || !('error' in body))
    return null
  const error = body.error
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string')
    return null
  const message = 'message' in error && typeof error.message === 'string' ? error.message : error.code
  const issues = 'issues' in error && Array.isArray(error.issues) ? error.issues.filter(isIssue) : []
  return { code: error.code, message, issues }
}
