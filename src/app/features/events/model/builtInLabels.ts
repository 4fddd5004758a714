// Built-in data (the standard checklist template, the default feedback topics) is stored in
// Chinese, as every phone and the server share it. Shown in another language, it is translated
// while it is still the built-in text; anything a coordinator wrote or changed shows as written.
import { isMessageKey, translate } from '../../../i18n'

type Locale = 'zh-CN' | 'en'

function builtIn(key: string, stored: string, locale: Locale): string {
  if (locale === 'zh-CN' || !isMessageKey(key) || translate(key, {}, 'zh-CN') !== stored)
    return stored
  return translate(key, {}, locale)
}

/** A template's name: `event.builtIn.templates.<id>`. */
export function templateNameText(template: { id: string, name: string }, locale: Locale): string {
  return builtIn(`event.builtIn.templates.${template.id}`, template.name, locale)
}

/** A checklist item made from a built-in template item: its id ends in `#<template item id>`. */
export function checklistItemText(item: { id: string, text: string }, locale: Locale): string {
  const templateItemId = item.id.split('#')[1]
  return templateItemId ? builtIn(`event.builtIn.items.${templateItemId}`, item.text, locale) : item.text
}

/** A feedback topic from the default list, in the feedback screens' words (`feedback.topicNames`). */
export function topicText(topic: string, locale: Locale): string {
  return builtIn(`feedback.topicNames.${topic}`, topic, locale)
}
