// Web Share Target: the installed app is offered in the system share sheet (see share_target in
// vite.config.ts). The platform POSTs the shared file here; the worker keeps it in Cache Storage
// (its own small store, not the app's database) and opens the import screen, which takes it out
// (src/app/features/import/model/sharedFile.ts uses the same names).
import { registerRoute } from 'workbox-routing'

export const shareAction = '/import/share'
export const shareCache = 'kaifangri-share'
export const sharedFileKey = '/__shared/plan-file'
const importScreen = '/import?shared=1'

interface CacheStorageLike {
  open: (name: string) => Promise<{ put: (key: string, response: Response) => Promise<void> }>
}

/** The file shared, or text shared instead (a link or a copied article) as a .txt file. */
async function sharedFileOf(request: Request): Promise<File | null> {
  const form = await request.formData()
  const file = form.getAll('plan').find((entry): entry is File => typeof entry !== 'string' && entry.size > 0)
  if (file)
    return file
  const text = ['title', 'text', 'url'].map(name => form.get(name)).filter((value): value is string => typeof value === 'string' && value.trim() !== '').join('\n')
  return text ? new File([text], 'shared.txt', { type: 'text/plain' }) : null
}

/** Stores what was shared and sends the browser to the import screen (303: it then GETs it). */
export async function receiveShare(request: Request, caches: CacheStorageLike): Promise<Response> {
  let file: File | null = null
  try {
    file = await sharedFileOf(request)
  }
  catch {
    // Not a form the worker can read: the import screen says nothing arrived.
  }
  if (file) {
    const cache = await caches.open(shareCache)
    await cache.put(sharedFileKey, new Response(file, { headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) } }))
  }
  return Response.redirect(new URL(importScreen, request.url).href, 303)
}

export function acceptSharedPlans(scope: ServiceWorkerGlobalScope): void {
  registerRoute(({ url, request }) => url.pathname === shareAction && request.method === 'POST', ({ request }) => receiveShare(request, scope.caches), 'POST')
}
