import { wantPublicLink } from '../../../db/publicLinkStore'

/**
 * Asks for the event's public link to be made as soon as it can be: the event form's choice. Apart
 * from the code that makes it (useWantedPublicLink), so the form does not carry that code.
 */
export function requestPublicLink(eventId: string): Promise<void> {
  return wantPublicLink(eventId, true)
}
