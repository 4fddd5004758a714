// The FAQ (常见问题) drawn from feedback. Public: the entries, for grouping feedback into issues.
export { useFaq } from './composables/useFaq'
