import type { ComponentInternalInstance, ComponentPublicInstance, EffectScope, VNode } from 'vue'
import { isVNode } from 'vue'

/** Every component's effects (its rendering, watchers) live in its scope, which Vue does not type as public. */
type ScopedComponent = ComponentInternalInstance & { scope: EffectScope }

/**
 * Screens kept alive behind another (计划 behind a task) do not re-render while hidden: their
 * components' effects are paused when they leave and resumed, each once if anything it follows
 * changed meanwhile, when they are shown again. A tick otherwise re-rendered the hidden 计划 list
 * right after its save, in the main thread the next tick's answers from IndexedDB wait for
 * (issue 13). Their reads go on: only the rendering of what they read waits.
 *
 * Returns the function ref for the kept-alive screen's component: Vue calls it with null as the
 * screen leaves (kept or not) and with the screen each time it is shown.
 */
export function useHiddenScreensPaused(): (screen: unknown) => void {
  let shown: ComponentInternalInstance | null = null
  return (screen) => {
    const instance = screen ? (screen as ComponentPublicInstance).$ : null
    if (instance === shown)
      return
    if (shown)
      eachComponentOf(shown, component => (component as ScopedComponent).scope.pause())
    shown = instance
    if (instance)
      eachComponentOf(instance, component => (component as ScopedComponent).scope.resume())
  }
}

/** The component and every component it renders now (each has its own scope, detached from its parent's). */
function eachComponentOf(component: ComponentInternalInstance, visit: (component: ComponentInternalInstance) => void): void {
  visit(component)
  eachComponentIn(component.subTree, visit)
}

function eachComponentIn(vnode: VNode, visit: (component: ComponentInternalInstance) => void): void {
  if (vnode.component) {
    eachComponentOf(vnode.component, visit)
    return
  }
  if (vnode.suspense?.activeBranch)
    eachComponentIn(vnode.suspense.activeBranch, visit)
  if (Array.isArray(vnode.children)) {
    for (const child of vnode.children) {
      if (isVNode(child))
        eachComponentIn(child, visit)
    }
  }
}
