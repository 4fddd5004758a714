import { z } from 'zod'

export const unitName = z.string().trim().min(1).max(100)
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
export const recordId = z.string().min(1).max(200)
export const epochMs = z.number().int().nonnegative()
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '应为小写的 SHA-256 十六进制摘要')
/** The directory node of the organization a record belongs to (see owner.ts). */
export const organizationOwner = z.string().trim().min(1).max(120)
