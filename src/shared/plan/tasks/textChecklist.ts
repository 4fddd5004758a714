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
    if (group) items.push(item(requirement, group, context))
    else for (const sentence of splitSentences(requirement)) items.push(item(sentence, null, context))
  })
  if (items.length === 0 && taskText.trim() !== '') items.push(item(taskText.trim(), null, context))
  return items
}
