import type { PhotoRef } from '../../shared/records/evidence'
import type { EvidenceRow, PhotoRow } from './schema'
import { uuidv7 } from '../../shared/ids'
import { db } from './database'
import { observe } from './live'
import { transactWithOutbox } from './outbox'
import type { ProgressSubject } from './progressRepository'

export interface ProcessedPhoto {
  ref: PhotoRef
  blob: Blob
  thumb: Blob
}

export interface EvidenceAuthor {
  caption: string
  createdBy: string
}

/**
 * Keeps the photo bytes (addressed by their hash, so the same photo twice is stored once),
 * the evidence record and its outbox entry in one transaction: all three or none.
 */
export function addPhotoEvidence(subject: ProgressSubject, photo: ProcessedPhoto, author: EvidenceAuthor): Promise<EvidenceRow> {
  return transactWithOutbox([db.evidence, db.photos], async (enqueue) => {
    const stored = await db.photos.get(photo.ref.sha256)
    if (!stored) {
      const row: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(row)
    }
    const record: EvidenceRow = {
      id: uuidv7(),
      ...subject,
      kind: 'photo',
      photo: photo.ref,
      url: null,
      caption: author.caption,
      createdAt: Date.now(),
      createdBy: author.createdBy,
    }
    await db.evidence.add(record)
    await enqueue('evidence', record.id, 'put', record)
    return record
  })
}

export function addLinkEvidence(subject: ProgressSubject, url: string, author: EvidenceAuthor): Promise<EvidenceRow> {
  return transactWithOutbox([db.evidence], async (enqueue) => {
    const record: EvidenceRow = {
      id: uuidv7(),
      ...subject,
      kind: 'link',
      photo: null,
      url,
      caption: author.caption,
      createdAt: Date.now(),
      createdBy: author.createdBy,
    }
    await db.evidence.add(record)
    await enqueue('evidence', record.id, 'put', record)
    return record
  })
}

/**
 * Removes evidence attached by mistake. The photo bytes stay: a queued upload may still
 * refer to them, and the sync side prunes uploaded photos.
 */
export function removeEvidence(id: string): Promise<void> {
  return transactWithOutbox([db.evidence], async (enqueue) => {
    await db.evidence.delete(id)
    await enqueue('evidence', id, 'delete', {})
  })
}

export function observeEvidenceOfTask(taskId: string, next: (rows: EvidenceRow[]) => void, fail: (error: unknown) => void): () => void {
  return observe(() => db.evidence.where('taskId').equals(taskId).sortBy('createdAt'), next, fail)
}

export async function photoBlob(sha256: string, size: 'full' | 'thumb'): Promise<Blob | undefined> {
  const row = await db.photos.get(sha256)
  return size === 'full' ? row?.blob : row?.thumb
}
