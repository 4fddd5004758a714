// Photos travel apart from the records that cite them, addressed by their SHA-256, so an
// interrupted upload is simply sent again.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { photoEndpoints } from '../../shared/api/photos'
import { photoMimeTypes } from '../../shared/records/evidence'
import { authenticate, userOf } from '../auth/authenticate'
import { HttpError, parseOrThrow } from '../errors'
import { mayReadPhoto, recordHolder } from '../photos/access'
import { photoDimensions, photoPixelLimits } from '../photos/dimensions'
import { sniffPhotoType } from '../photos/sniff'
import { sha256Of } from '../photos/storage'
import { route } from './route'

const { putPhoto, hasPhoto, getPhoto } = photoEndpoints

export async function registerPhotoRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(['application/octet-stream', ...photoMimeTypes], { parseAs: 'buffer', bodyLimit: ctx.photoLimitBytes }, (_request, body, done) => done(null, body))
    const guard = { preHandler: authenticate(ctx) }
    const stored = (sha256: string) => ctx.db.selectFrom('photos').selectAll().where('sha256', '=', sha256).executeTakeFirst()

    route(scope, putPhoto, { ...guard, bodyLimit: ctx.photoLimitBytes }, async (request, reply) => {
      const { sha256 } = parseOrThrow(putPhoto.params, request.params, '照片地址')
      const bytes = request.body
      if (!Buffer.isBuffer(bytes))
        throw new HttpError(415, 'unsupported_media_type', '照片须以 application/octet-stream 或 image/jpeg、image/png、image/webp 上传')
      if (bytes.length === 0)
        throw new HttpError(400, 'empty_photo', '照片内容为空')
      if (sha256Of(bytes) !== sha256)
        throw new HttpError(400, 'hash_mismatch', '照片内容与其 SHA-256 不符，可能在传输中损坏，请重新上传')
      const mime = sniffPhotoType(bytes)
      if (!mime)
        throw new HttpError(415, 'unsupported_photo_type', '只接受 JPEG、PNG 或 WebP 格式的照片')
      const size = photoDimensions(bytes, mime)
      if (!size)
        throw new HttpError(415, 'unreadable_photo', '照片文件头无法读取尺寸，可能已损坏，请重新拍摄或选择')
      const { side, total } = photoPixelLimits
      if (size.width > side || size.height > side || size.width * size.height > total)
        throw new HttpError(422, 'photo_dimensions_too_large', `照片尺寸 ${size.width}×${size.height} 超出上限（每边不超过 ${side} 像素，总计不超过 ${total / 1_000_000} 百万像素）`)
      const user = userOf(request)
      const existing = await stored(sha256)
      if (existing && await ctx.photos.has(sha256)) {
        await recordHolder(ctx.db, sha256, user.id)
        void reply.status(200)
        // Stored only after sniffing, so a known type; checked all the same rather than trusted.
        return { sha256, mime: putPhoto.response.shape.mime.parse(existing.mime), bytes: existing.bytes }
      }
      await ctx.photos.put(sha256, bytes)
      await ctx.db.insertInto('photos')
        .values({ sha256, mime, bytes: bytes.length, uploaded_by: user.id, created_at: ctx.clock() })
        .onConflict(oc => oc.column('sha256').doNothing())
        .execute()
      await recordHolder(ctx.db, sha256, user.id)
      return { sha256, mime, bytes: bytes.length }
    })

    // Declared before GET so it is not the automatic HEAD: whether the server has the bytes is
    // all a device needs to skip an upload, and it already knows the hash.
    route(scope, hasPhoto, guard, async (request, reply) => {
      const { sha256 } = parseOrThrow(hasPhoto.params, request.params, '照片地址')
      const found = await stored(sha256)
      return reply.status(found && await ctx.photos.has(sha256) ? 200 : 404).send()
    })

    route(scope, getPhoto, guard, async (request, reply) => {
      const { sha256 } = parseOrThrow(getPhoto.params, request.params, '照片地址')
      const found = await stored(sha256)
      const bytes = found && await ctx.photos.get(sha256)
      if (!found || !bytes)
        throw new HttpError(404, 'not_found', '服务器上没有这张照片')
      if (!await mayReadPhoto(ctx.db, ctx.catalog, userOf(request), sha256))
        throw new HttpError(403, 'forbidden', '无权查看这张照片')
      return reply
        .header('content-type', found.mime)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(bytes)
    })
  })
}
