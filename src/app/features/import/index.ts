// Importing a plan document (导入计划). No other feature uses it: nothing is public.
export {}
