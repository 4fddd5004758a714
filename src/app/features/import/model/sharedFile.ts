// A file shared to the installed app (Web Share Target): the service worker keeps it in Cache
// Storage and opens /import?shared=1; the import screen takes it out here. The names are the
// same as in src/sw/shareTarget.ts.
const shareCache = 'kaifangri-share'
const sharedFileKey = '/__shared/plan-file'

/** The shared file, removed from the cache as it is taken; null when there is none. */
export async function takeSharedFile(): Promise<File | null> {
  if (!('caches' in globalThis))
    return null
  const cache = await caches.open(shareCache)
  const response = await cache.match(sharedFileKey)
  if (!response)
    return null
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'shared.txt')
  const file = new File([await response.blob()], name, { type: response.headers.get('content-type') ?? '' })
  await cache.delete(sharedFileKey)
  return file
}
