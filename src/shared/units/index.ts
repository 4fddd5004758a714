// Unit names: what a name denotes, which groups cover it, which tasks concern it.
export * from './collect'
export * from './coverage'
export * from './groups'
export * from './kinds'
export * from './normalize'
export * from './scope'
