/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:seed-plans' {
  import type { PlanRecord } from './shared/records/plan'

  /** The plans in seeds/, parsed at build time by src/build/seedPlans.ts. */
  const plans: PlanRecord[]
  export default plans
}
