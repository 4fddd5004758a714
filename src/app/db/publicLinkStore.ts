// The public questionnaire link of an event, kept on this device once the server opened it, so
// its QR code still shows (and prints) in a basement with no signal. Local only, in the meta
// table: the server keeps only a hash of the token, so no other device could show it anyway.
import type { PublicLinkCreated } from '../../shared/api/eventLinks'
import { db } from './database'
import { live, type LiveRead } from './live'

const keyOf = (eventId: string) => `publicLink:${eventId}`

export interface KeptPublicLink extends PublicLinkCreated {
  eventId: string
}

export async function keepPublicLink(eventId: string, link: PublicLinkCreated): Promise<void> {
  await db.meta.put({ key: keyOf(eventId), value: { ...link, eventId } satisfies KeptPublicLink })
}

export function observeKeptPublicLink(eventId: string): LiveRead<KeptPublicLink | null> {
  return live(async () => ((await db.meta.get(keyOf(eventId)))?.value as KeptPublicLink | undefined) ?? null)
}
