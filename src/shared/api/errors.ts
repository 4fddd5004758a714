// The body of every error answer, and the closed set of codes it may carry: a client decides
// by the code, people read the message.
import { z } from 'zod'

export const errorCodes = [
  // Input
  'invalid_request', 'invalid_json', 'invalid_text', 'bad_request', 'payload_too_large', 'unsupported_media_type', 'too_many_requests',
  // Sign-in and sessions
  'invalid_credentials', 'unauthenticated', 'invalid_token', 'session_expired', 'session_revoked', 'password_change_required',
  'wrong_password', 'weak_password',
  // Access and lookups
  'forbidden', 'not_found',
  // Accounts
  'unknown_unit', 'username_taken', 'other_organization', 'own_account', 'last_coordinator',
  // Directory
  'not_in_directory', 'invalid_directory', 'unknown_parent',
  // Photos
  'empty_photo', 'hash_mismatch', 'unsupported_photo_type', 'unreadable_photo', 'photo_dimensions_too_large',
  // Events and public questionnaire links
  'event_closed', 'questionnaire_unavailable', 'link_not_found', 'link_closed', 'already_answered',
  // Sync
  'client_belongs_to_other_user',
  'internal',
] as const
export type ErrorCode = typeof errorCodes[number]

/** Why the server refused one mutation of a push (the push itself succeeded). */
export const rejectionCodes = ['forbidden', 'invalid', 'not_found', 'conflict_deleted', 'invalid_transition', 'sequence_reused', 'too_large'] as const
export type RejectionCode = typeof rejectionCodes[number]

export function isRejectionCode(code: string): code is RejectionCode {
  return rejectionCodes.some(known => known === code)
}

/** One bad field: its path (mutations.3.data.status) and what is wrong with it. */
export const issueSchema = z.object({ path: z.string(), message: z.string() })
export type Issue = z.infer<typeof issueSchema>

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    issues: z.array(issueSchema).optional(),
  }),
})
/** The body of every error response, with one entry per bad field for a 400. */
export type ApiError = z.infer<typeof apiErrorSchema>
