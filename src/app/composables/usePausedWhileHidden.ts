import type { ComponentInternalInstance, EffectScope, VNode } from 'vue'
import { getCurrentInstance, isVNode, onActivated, onDeactivated } from 'vue'

/** Every component's effects (its rendering, watchers) live in its scope, which Vue does not type as public. */
type ScopedComponent = ComponentInternalInstance & { scope: EffectScope }

/**
 * For a screen kept alive while another is shown (计划 behind a task): hidden, it and the components
 * it shows do not re-render; each effect that missed a change runs once, with the latest values,
 * before the screen is painted again. A tick otherwise re-rendered the hidden 计划 list right after
 * its save, in the main thread the next tick's answers from IndexedDB wait for (issue 13). Its reads
 * go on: only the rendering of what they read waits.
 *
 * Called by the screen itself, so that it loads with the screen: the shell of the first screen is at
 * its size budget, and a pause wired there (App.vue) put it over.
 */
export function usePausedWhileHidden(): void {
  const screen = getCurrentInstance()
  if (!screen)
    return
  onDeactivated(() => eachComponentOf(screen, component => (component as ScopedComponent).scope.pause()))
  // Also called after the first mount, when nothing is paused: resuming then changes nothing.
  onActivated(() => eachComponentOf(screen, component => (component as ScopedComponent).scope.resume()))
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
