import { isMessageKey, translate } from '../../../i18n'

/**
 * A topic as shown in the current language. Topics are data (coordinators edit the list): the
 * default ones have translations, others show as written. The stored value never changes.
 */
export function topicLabel(topic: string): string {
  const key = `feedback.topicNames.${topic}`
  return isMessageKey(key) ? translate(key) : topic
}
