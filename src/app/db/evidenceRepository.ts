import type { PhotoRef } from '../../shared/records/evidence'
import type { EvidenceRow, PhotoRow } from './schema'
import { uuidv7 } from '../../shared/ids'
import { db } from './database'
import { live, type LiveRead } from './live'
import { type Enqueue, transactWithOutbox } from './outbox'
import type { ProgressSubject } from './progressWrites'

export interface ProcessedPhoto {
  ref: PhotoRef
  blob: Blob
  thumb: Blob
}

export interface EvidenceAuthor {
  caption: string
  createdBy: string
}

type EvidenceContent = Pick<EvidenceRow, 'kind' | 'photo' | 'url'>

/** Evidence is only ever appended (or removed whole), so a new record is a put with a fresh id. */
async function appendEvidence(enqueue: Enqueue, subject: ProgressSubject, content: EvidenceContent, author: EvidenceAuthor): Promise<EvidenceRow> {
  const record: EvidenceRow = { id: uuidv7(), ...subject, ...content, caption: author.caption, createdAt: Date.now(), createdBy: author.createdBy }
  await db.evidence.add(record)
  await enqueue('evidence', record.id, 'put', record)
  return record
}

/**
 * Keeps the photo bytes (addressed by their hash, so the same photo twice is stored once),
 * the evidence record and its outbox entry in one transaction: all three or none.
 */
export function addPhotoEvidence(subject: ProgressSubject, photo: ProcessedPhoto, author: EvidenceAuthor): Promise<EvidenceRow> {
  return transactWithOutbox([db.evidence, db.photos], async (enqueue) => {
    if (!(await db.photos.get(photo.ref.sha256))) {
      const row: PhotoRow = { ...photo.ref, blob: photo.blob, thumb: photo.thumb, uploaded: 0 }
      await db.photos.put(row)
    }
    return appendEvidence(enqueue, subject, { kind: 'photo', photo: photo.ref, url: null }, author)
  })
}

export function addLinkEvidence(subject: ProgressSubject, url: string, author: EvidenceAuthor): Promise<EvidenceRow> {
  return transactWithOutbox([db.evidence], enqueue => appendEvidence(enqueue, subject, { kind: 'link', photo: null, url }, author))
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

export function observeEvidenceOfTask(taskId: string): LiveRead<EvidenceRow[]> {
  return live(() => db.evidence.where('taskId').equals(taskId).sortBy('createdAt'))
}

export async function photoBlob(sha256: string, size: 'full' | 'thumb'): Promise<Blob | undefined> {
  const row = await db.photos.get(sha256)
  return size === 'full' ? row?.blob : row?.thumb
}
