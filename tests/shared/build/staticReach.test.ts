// The chunk rules' question, which screens import a module, on small made-up module graphs.
import { describe, expect, it } from 'vitest'
import type { GroupContext, ModuleInfoLike } from '../../../src/build/staticReach'
import { staticReach } from '../../../src/build/staticReach'
import { laterScreensGroup } from '../../../src/build/laterScreenChunks'

const app = '/repo/src/app'
const barrel = /[\\/]features[\\/][^\\/]+[\\/]index\.ts$/

/** A graph from `id: { imports, code }`; importers are derived, dynamic imports kept apart. */
function graph(modules: Record<string, { imports?: string[], dynamic?: string[], code?: string }>): GroupContext {
  const infos = new Map<string, ModuleInfoLike & { importers: string[], dynamicImporters: string[] }>()
  for (const [id, module] of Object.entries(modules))
    infos.set(id, { importers: [], dynamicImporters: [], importedIds: module.imports ?? [], dynamicallyImportedIds: module.dynamic ?? [], code: module.code ?? '' })
  for (const [id, module] of Object.entries(modules)) {
    module.imports?.forEach(target => infos.get(target)!.importers.push(id))
    module.dynamic?.forEach(target => infos.get(target)!.dynamicImporters.push(id))
  }
  return { getModuleInfo: id => infos.get(id) ?? null }
}

const screenOf = (id: string) => /features\/(\w+)\/pages\/(\w+)\.vue$/.exec(id)?.slice(1, 3).join('/') ?? null

describe('staticReach', () => {
  it('follows static imports through cycles from every screen, not dynamic ones', () => {
    const ctx = graph({
      [`${app}/main.ts`]: { dynamic: [`${app}/features/a/pages/APage.vue`, `${app}/features/b/pages/BPage.vue`] },
      [`${app}/features/a/pages/APage.vue`]: { imports: [`${app}/db/x.ts`] },
      [`${app}/features/b/pages/BPage.vue`]: { imports: [`${app}/db/y.ts`], dynamic: [`${app}/ui/Dialog.vue`] },
      // x and y import each other: each is reached from both screens whichever is asked first.
      [`${app}/db/x.ts`]: { imports: [`${app}/db/y.ts`] },
      [`${app}/db/y.ts`]: { imports: [`${app}/db/x.ts`] },
      [`${app}/ui/Dialog.vue`]: {},
    })
    const rootsOf = staticReach(screenOf, barrel)
    expect([...rootsOf(`${app}/db/y.ts`, ctx)].sort()).toEqual(['a/APage', 'b/BPage'])
    expect([...rootsOf(`${app}/db/x.ts`, ctx)].sort()).toEqual(['a/APage', 'b/BPage'])
    expect(rootsOf(`${app}/ui/Dialog.vue`, ctx).size).toBe(0)
  })

  it('passes through a feature\'s index.ts only what the importer takes, and what the index\'s own code imports', () => {
    const index = `${app}/features/q/index.ts`
    const ctx = graph({
      [`${app}/main.ts`]: { dynamic: [`${app}/features/a/pages/APage.vue`] },
      [`${app}/features/a/pages/APage.vue`]: { imports: [index], code: `import { Panel } from '../../q'` },
      [index]: {
        imports: [`${app}/features/q/Panel.vue`, `${app}/features/q/Editor.vue`, `${app}/features/q/Waiting.vue`],
        code: `export { default as Panel } from './Panel.vue'\nexport { default as Editor } from './Editor.vue'\nimport Waiting from './Waiting.vue'\nexport const PanelLater = defineAsyncComponent({ loadingComponent: Waiting })`,
      },
      [`${app}/features/q/Panel.vue`]: {},
      [`${app}/features/q/Editor.vue`]: {},
      [`${app}/features/q/Waiting.vue`]: {},
    })
    const rootsOf = staticReach(screenOf, barrel)
    expect([...rootsOf(`${app}/features/q/Panel.vue`, ctx)]).toEqual(['a/APage'])
    expect(rootsOf(`${app}/features/q/Editor.vue`, ctx).size).toBe(0)
    expect([...rootsOf(`${app}/features/q/Waiting.vue`, ctx)]).toEqual(['a/APage'])
  })
})

describe('laterScreensGroup', () => {
  const pages = ['a/APage', 'a/AListPage', 'b/BPage', 'c/CPage', 'a/AEditPage'].map(name => `${app}/features/${name.replace('/', '/pages/')}.vue`)
  const big = 'x'.repeat(9000)
  const ctx = graph({
    [`${app}/main.ts`]: { dynamic: [...pages, `${app}/i18n/zh-CN/a.ts`] },
    [pages[0]]: { imports: [`${app}/db/everywhere.ts`, `${app}/features/a/shared.ts`, `${app}/features/a/report.ts`, `${app}/db/ab.ts`, `${app}/features/a/own.ts`, `${app}/features/a/form.ts`] },
    [pages[1]]: { imports: [`${app}/db/everywhere.ts`, `${app}/features/a/shared.ts`, `${app}/features/a/report.ts`, `${app}/db/ab.ts`] },
    [pages[2]]: { imports: [`${app}/db/everywhere.ts`, `${app}/db/ab.ts`] },
    [pages[3]]: { imports: [`${app}/db/everywhere.ts`] },
    [pages[4]]: { imports: [`${app}/features/a/form.ts`] },
    [`${app}/features/a/form.ts`]: {},
    [`${app}/i18n/zh-CN/a.ts`]: { imports: [`${app}/labels.ts`] },
    [`${app}/db/everywhere.ts`]: {},
    [`${app}/features/a/shared.ts`]: {},
    [`${app}/features/a/report.ts`]: { code: big },
    [`${app}/db/ab.ts`]: {},
    [`${app}/features/a/own.ts`]: {},
    [`${app}/labels.ts`]: {},
  })
  const { name } = laterScreensGroup({ barrel, coreScreens: 4, ownFileCode: 8000 })

  it('puts what many screens use, and what the later messages import, in the file every later screen fetches', () => {
    expect(name(`${app}/db/everywhere.ts`, ctx)).toBe('later-core')
    expect(name(`${app}/labels.ts`, ctx)).toBe('later-core')
  })

  it('puts what a few screens share in a file per set of features, or of screens when they share much', () => {
    expect(name(`${app}/features/a/form.ts`, ctx)).toBe('later-a')
    expect(name(`${app}/db/ab.ts`, ctx)).toBe('later-a-b')
    // The two list screens share 9,000 characters: a file of their own, for the small module beside the large one too.
    expect(name(`${app}/features/a/report.ts`, ctx)).toBe('later-A-AList')
    expect(name(`${app}/features/a/shared.ts`, ctx)).toBe('later-A-AList')
  })

  it('leaves a screen\'s own code, the screens and the messages to the bundler', () => {
    expect(name(`${app}/features/a/own.ts`, ctx)).toBeNull()
    expect(name(pages[0], ctx)).toBeNull()
    expect(name(`${app}/i18n/zh-CN/a.ts`, ctx)).toBeNull()
  })
})
