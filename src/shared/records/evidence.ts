import { z } from 'zod'
import { epochMs, recordId, sha256Hex, unitName } from './common'

export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

export const photoRefSchema = z.object({
  sha256: sha256Hex,
  mime: z.enum(photoMimeTypes),
  width: z.number().int().positive().max(20_000),
  height: z.number().int().positive().max(20_000),
  bytes: z.number().int().positive(),
})

/** Proof attached to a checklist item: a photo (uploaded separately by hash) or a link. Append-only. */
export const evidenceRecordSchema = z.object({
  id: recordId,
  unit: unitName,
  planId: recordId,
  taskId: recordId,
  subject: recordId,
  kind: z.enum(['photo', 'link']),
  photo: photoRefSchema.nullable(),
  url: z.string().url().max(2000).refine(u => /^https?:/i.test(u), '只接受 http(s) 链接').nullable(),
  caption: z.string().max(1000),
  createdAt: epochMs,
  createdBy: z.string().max(100),
}).refine(e => (e.kind === 'photo') === (e.photo !== null) && (e.kind === 'link') === (e.url !== null), {
  message: '照片须有 photo、不能有 url；链接须有 url、不能有 photo',
  path: ['kind'],
})

export type PhotoRef = z.infer<typeof photoRefSchema>
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>

export const evidencePatchSchema = z.object({ caption: z.string().max(1000) }).partial().strict()
