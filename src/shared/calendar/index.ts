// The one place dates are computed: days in Asia/Shanghai, due dates, working days and the
// statutory holiday table. Every layer (app, server, shared domain code) imports from here.
export * from './days'
export * from './due'
export * from './holidays'
export * from './workingDays'
