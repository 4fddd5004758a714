// Issue 12 point 2: citing a photo's hash in one's own record must not open the photo; only a
// citation by someone who could see it (its uploader, or a reader of a record citing it) does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, samplePlan, units } from '../helpers/serverFixtures'
import { type People, type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'
import { fetchPhoto, photoRefOf, png, sha256, uploadPhoto } from '../helpers/serverPhotos'

const plan = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

/** Evidence of `who`'s unit on task `chapter.item` showing the photo `bytes`. */
async function citeIn(who: SignedIn, unit: string, chapter: number, item: number, bytes: Buffer) {
  const evidence = { ...linkEvidence(plan, unit, chapter, item, 0), kind: 'photo', url: null, photo: photoRefOf(bytes) }
  const device = new TestDevice()
  const response = await server.pushOk(who, device.batch([device.mutation('evidence', evidence.id, 'put', evidence)]))
  expect(response.results[0].status).toBe('applied')
  return evidence
}

describe('photo citations', () => {
  it('does not open another unit\'s photo to someone citing its hash in their own record', async () => {
    const bytes = png(101)
    await uploadPhoto(server, people.ecology, sha256(bytes), bytes)
    await citeIn(people.ecology, units.ecology, 1, 1, bytes)
    await citeIn(people.town, units.town, 1, 2, bytes)
    expect((await fetchPhoto(server, people.town, sha256(bytes))).statusCode).toBe(403)
  })

  it('does not open it either when the hash is cited before its owner uploads it', async () => {
    const bytes = png(102)
    await citeIn(people.town, units.town, 1, 2, bytes)
    await citeIn(people.ecology, units.ecology, 1, 1, bytes)
    await uploadPhoto(server, people.ecology, sha256(bytes), bytes)
    expect((await fetchPhoto(server, people.town, sha256(bytes))).statusCode).toBe(403)
    expect((await fetchPhoto(server, people.ecology, sha256(bytes))).statusCode).toBe(200)
  })

  it('opens a photo through a record its uploader cited, whichever came first', async () => {
    const bytes = png(103)
    await citeIn(people.ecology, units.ecology, 1, 1, bytes)
    expect((await fetchPhoto(server, people.ecologyColleague, sha256(bytes))).statusCode).toBe(404)
    await uploadPhoto(server, people.ecology, sha256(bytes), bytes)
    expect((await fetchPhoto(server, people.ecologyColleague, sha256(bytes))).statusCode).toBe(200)
  })

  it('lets someone who uploads the same bytes see them: holding the photo is the proof', async () => {
    const bytes = png(104)
    await uploadPhoto(server, people.ecology, sha256(bytes), bytes)
    await citeIn(people.town, units.town, 1, 2, bytes)
    expect((await uploadPhoto(server, people.town, sha256(bytes), bytes)).statusCode).toBe(200)
    expect((await fetchPhoto(server, people.town, sha256(bytes))).statusCode).toBe(200)
  })
})
