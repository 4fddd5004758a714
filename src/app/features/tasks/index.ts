// A task's checklist (任务详情): ticks, counts, notes, undo. No other feature uses it: nothing is public.
export {}
