// Accounts (账号管理, coordinators only): no other feature uses this one, so nothing is public.
// The router opens its page directly (pages/AccountsPage.vue).
export {}
