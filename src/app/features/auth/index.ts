// Signing in, the session's password and its reminders. Public: what 首页 and 我的 show of it.
export { default as AccountPasswordReminder } from './components/AccountPasswordReminder.vue'
export { default as AccountSection } from './components/AccountSection.vue'
