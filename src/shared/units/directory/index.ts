// The unit directory (单位名录): nodes, the tree, names and who a plan's units are.
export * from './expand'
export * from './ids'
export * from './lookup'
export type * from './node'
export * from './planReach'
export * from './planUnits'
export * from './tree'
export * from './validate'
