// Photos travel apart from the records that cite them, addressed by their SHA-256: the body of a
// PUT and the answer of a GET are the bytes themselves, so only the PUT's receipt is JSON.
import { z } from 'zod'
import { photoMimeTypes } from '../records/evidence'
import { sha256Hex } from '../records/common'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

export const photoParams = z.object({ sha256: sha256Hex })

/** 201 when stored now, 200 when the server already had it. */
export const photoReceiptSchema = z.object({ sha256: sha256Hex, mime: z.enum(photoMimeTypes), bytes: z.number().int().positive() })
export type PhotoReceipt = z.infer<typeof photoReceiptSchema>

export const photoEndpoints = {
  putPhoto: endpoint({ method: 'PUT', path: apiPaths.photo, access: 'session', params: photoParams, status: 201, response: photoReceiptSchema }),
  /** 200 when the server has the bytes, 404 when not: all a device needs to skip an upload. */
  hasPhoto: endpoint({ method: 'HEAD', path: apiPaths.photo, access: 'session', params: photoParams, status: 200, response: null }),
  getPhoto: endpoint({ method: 'GET', path: apiPaths.photo, access: 'session', params: photoParams, status: 200, response: null }),
}
