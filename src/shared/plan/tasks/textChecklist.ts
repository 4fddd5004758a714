// Step 8a: a task's checklist from its text: requirement sentences grouped with the unit
// parenthesis that follows them; without unit parentheses, one item per sentence.
import type { ChecklistItem } from '../types'
import { findUnitGroups, type UnitGroup } from '../assignments/unitGroups'
import { findDeadlines, latest, readDeadline, type DeadlineContext } from '../rules/deadlines'
import { splitSentences } from '../text/sentences'
import { headingSentenceOf } from './title'

function deadlineOf(text: string, group: UnitGroup | null, context: DeadlineContext): Pick<ChecklistItem, 'deadline' | 'due'> {
  if (group?.deadline) {
    const stated = readDeadline(group.deadline, context)
    if (stated) return stated
  }
  const found = findDeadlines(text, context)
  if (found.length === 0) return { deadline: null, due: null }
  const due = latest(found)
  const phrase = found.find(deadline => deadline.due === due) ?? found[0]
  return { deadline: phrase.text, due }
}

function item(text: string, group: UnitGroup | null, context: DeadlineContext): ChecklistItem {
  return { text, leads: group?.leads ?? [], owners: group?.owners ?? [], ...deadlineOf(text, group, context), source: 'text', row: null }
}

/** Where a clause ends (，；) between two positions, outside brackets and titles; -1 for none. */
function lastClauseBreak(text: string, from: number, to: number): number {
  let depth = 0
  let found = -1
  for (let i = 0; i < to; i++) {
    const char = text[i]
    if ('（《“'.includes(char)) depth++
    else if ('）》”'.includes(char) && depth > 0) depth--
    else if (depth === 0 && i >= from && /[，；]/.test(char)) found = i
  }
  return found
}

/** 于2月28日前发布…，第二季度内完成…: a requirement with two dates is two steps, each with its own. */
function splitAtDeadlines(text: string, context: DeadlineContext): string[] {
  const found = findDeadlines(text, context).filter(deadline => deadline.due !== null)
  const pieces: string[] = []
  let from = 0
  for (let i = 1; i < found.length; i++) {
    if (found[i].due === found[i - 1].due) continue
    const cut = lastClauseBreak(text, found[i - 1].index + found[i - 1].text.length, found[i].index)
    if (cut < 0) continue
    pieces.push(text.slice(from, cut))
    from = cut + 1
  }
  pieces.push(text.slice(from))
  return pieces.map(piece => piece.trim()).filter(piece => /[\u4E00-\u9FFFA-Za-z0-9]/.test(piece))
}

function itemsOf(text: string, group: UnitGroup | null, context: DeadlineContext): ChecklistItem[] {
  // A deadline the unit group states holds for the whole requirement.
  const steps = group?.deadline ? [text] : splitAtDeadlines(text, context)
  return steps.map(step => item(step, group, context))
}

export function textChecklist(taskText: string, context: DeadlineContext): ChecklistItem[] {
  const groups = findUnitGroups(taskText, context)
  const segments: Array<{ text: string, group: UnitGroup | null }> = []
  let from = 0
  for (const group of groups) {
    segments.push({ text: taskText.slice(from, group.start), group })
    from = group.end
  }
  segments.push({ text: taskText.slice(from), group: null })

  const items: ChecklistItem[] = []
  segments.forEach(({ text, group }, index) => {
    let requirement = text.replace(/^[。；，、\s]+/, '').trim()
    const heading = index === 0 ? headingSentenceOf(requirement) : null
    if (heading) requirement = requirement.slice(heading.length).trim()
    if (!/[\u4E00-\u9FFFA-Za-z0-9]/.test(requirement)) return
    if (group) items.push(...itemsOf(requirement, group, context))
    else for (const sentence of splitSentences(requirement)) items.push(...itemsOf(sentence, null, context))
  })
  if (items.length === 0 && taskText.trim() !== '') items.push(item(taskText.trim(), null, context))
  return items
}
