// Step 4c: which outline level holds the tasks. Chapters are the outermost level when most of
// them have items; below that, a level is a task level only when most of the nodes above it are
// split into it (一、→（一）→1. makes the 1. items the tasks). A deeper level used here and there
// is sub-points inside a task.
import { walkOutline, type Outline, type OutlineNode } from './outline'

function nodesAt(outline: Outline, level: number): OutlineNode[] {
  return [...walkOutline(outline.roots)].filter(node => node.level === level)
}

function mostAreSplit(nodes: OutlineNode[], childLevel: number): boolean {
  if (nodes.length === 0) return false
  const split = nodes.filter(node => node.children.some(child => child.level === childLevel))
  return split.length * 2 >= nodes.length
}

/** 0 means the plan has no chapters: the outermost numbered items are the tasks. */
export function taskLevelOf(outline: Outline): number {
  const depth = outline.levels.length
  if (depth < 2 || !mostAreSplit(outline.roots, 1)) return 0
  let level = 1
  while (level + 1 < depth && mostAreSplit(nodesAt(outline, level), level + 1)) level++
  return level
}
