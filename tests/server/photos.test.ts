import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'
import { fetchPhoto as fetchStoredPhoto, jpegClaiming, png, pngClaiming, sha256, uploadPhoto, webpClaiming } from '../helpers/serverPhotos'

const plan = samplePlan()
let server: TestServer
let people: People

// Headers as a camera writes them (the server reads the pixel size there), random data after.
const jpegLike = () => jpegClaiming(640, 480)
const webpLike = () => webpClaiming(640, 480)

const upload = (who: SignedIn | null, hash: string, bytes: Buffer, type?: string) => uploadPhoto(server, who, hash, bytes, type)
const fetchPhoto = (who: SignedIn, hash: string, method: 'GET' | 'HEAD' = 'GET') => fetchStoredPhoto(server, who, hash, method)

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan, { photoLimitBytes: 64 * 1024 }))
})
afterAll(() => server.close())

describe('photo upload', () => {
  it('stores a photo once, idempotently, and reports it by HEAD', async () => {
    const bytes = png(1)
    const hash = sha256(bytes)
    expect((await fetchPhoto(people.ecology, hash, 'HEAD')).statusCode).toBe(404)
    const first = await upload(people.ecology, hash, bytes, 'image/png')
    expect(first.statusCode).toBe(201)
    expect(first.json()).toEqual({ sha256: hash, mime: 'image/png', bytes: bytes.length })
    expect((await upload(people.ecology, hash, bytes)).statusCode).toBe(200)
    expect((await fetchPhoto(people.town, hash, 'HEAD')).statusCode).toBe(200)
  })

  it('sniffs the type from the bytes, whatever the request claims', async () => {
    for (const [bytes, mime] of [[jpegLike(), 'image/jpeg'], [webpLike(), 'image/webp']] as const) {
      const response = await upload(people.ecology, sha256(bytes), bytes, 'image/png')
      expect(response.statusCode).toBe(201)
      expect(response.json().mime).toBe(mime)
    }
  })

  it('refuses bytes that are not JPEG, PNG or WebP', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a'), randomBytes(50)])
    const response = await upload(people.ecology, sha256(gif), gif)
    expect(response.statusCode).toBe(415)
    expect(response.json().error.code).toBe('unsupported_photo_type')
    const text = await upload(people.ecology, sha256(Buffer.from('hello')), Buffer.from('hello'), 'text/plain')
    expect(text.statusCode).toBe(415)
  })

  it('refuses bytes that do not match their hash', async () => {
    const bytes = png(2)
    const response = await upload(people.ecology, sha256(png(3)), bytes)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('hash_mismatch')
    expect((await fetchPhoto(people.ecology, sha256(png(3)), 'HEAD')).statusCode).toBe(404)
  })

  it('refuses a photo over the size cap with 413', async () => {
    const bytes = Buffer.concat([png(4), randomBytes(70 * 1024)])
    const response = await upload(people.ecology, sha256(bytes), bytes)
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('payload_too_large')
  })

  it('refuses an image declaring more pixels than a phone can open, and one whose size cannot be read (issue 12 point 13)', async () => {
    for (const bomb of [pngClaiming(60_000, 60_000), jpegClaiming(20_000, 20_000), webpClaiming(16_000, 16_000)]) {
      const response = await upload(people.ecology, sha256(bomb), bomb)
      expect(response.statusCode).toBe(422)
      expect(response.json().error.code).toBe('photo_dimensions_too_large')
      expect((await fetchPhoto(people.coordinator, sha256(bomb), 'HEAD')).statusCode).toBe(404)
    }
    const headless = Buffer.concat([Buffer.from([0xFF, 0xD8, 0xFF, 0xE0]), randomBytes(200)])
    expect((await upload(people.ecology, sha256(headless), headless)).json().error.code).toBe('unreadable_photo')
  })

  it('requires a session', async () => {
    const bytes = png(5)
    expect((await upload(null, sha256(bytes), bytes)).statusCode).toBe(401)
  })
})

describe('photo download', () => {
  it('serves a photo to those who may see a record citing it, and to nobody else', async () => {
    const bytes = png(6)
    const hash = sha256(bytes)
    await upload(people.ecology, hash, bytes)
    expect((await fetchPhoto(people.education, hash)).statusCode).toBe(403)

    const device = new TestDevice()
    const evidence = { ...linkEvidence(plan, units.ecology, 2, 1, 0, '现场照片'), kind: 'photo', url: null, photo: { sha256: hash, mime: 'image/png', width: 1, height: 1, bytes: bytes.length } }
    const { id } = evidence
    expect((await server.pushOk(people.ecology, device.batch([device.mutation('evidence', id, 'put', evidence)]))).results[0].status).toBe('applied')

    const byLead = await fetchPhoto(people.education, hash)
    expect(byLead.statusCode).toBe(200)
    expect(byLead.headers['content-type']).toBe('image/png')
    expect(byLead.rawPayload.equals(bytes)).toBe(true)
    expect((await fetchPhoto(people.ecology, hash)).statusCode).toBe(200)
    expect((await fetchPhoto(people.coordinator, hash)).statusCode).toBe(200)
    expect((await fetchPhoto(people.town, hash)).statusCode).toBe(403)

    await server.pushOk(people.ecology, device.batch([device.mutation('evidence', id, 'delete', {})]))
    expect((await fetchPhoto(people.education, hash)).statusCode).toBe(403)
  })

  it('answers 404 for a photo the server does not have', async () => {
    expect((await fetchPhoto(people.coordinator, sha256(png(7)))).statusCode).toBe(404)
  })
})
