// 首页: my unit's year, what is overdue and due soon. No other feature uses it; the router
// imports its page statically, as the first screen.
export {}
