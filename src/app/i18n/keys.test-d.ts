// Checked by `npm run typecheck` (tsconfig.app.json includes it), never run: each line below
// compiles only while message keys stay typed, and the @ts-expect-error lines fail the check the
// day a wrong key is let through.
import type { MessageKey } from '.'
import { expectTypeOf } from 'vitest'
import { translate, useI18n } from '.'

// Leaves of eagerly and lazily loaded namespaces alike, numeric ones included.
expectTypeOf<'home.tasksDone'>().toExtend<MessageKey>()
expectTypeOf<'feedback.problems.content'>().toExtend<MessageKey>()
expectTypeOf<'event.report.numbers.1'>().toExtend<MessageKey>()
// A branch is not a message, nor is a typo.
expectTypeOf<'feedback.problems'>().not.toExtend<MessageKey>()
expectTypeOf<'feedbak.title'>().not.toExtend<MessageKey>()

const { t } = useI18n()
expectTypeOf(t).toBeCallableWith('feedback.title')
expectTypeOf(translate).toBeCallableWith('home.tasksDone', { done: 1, total: 2 })
// @ts-expect-error: a typo in a key
expectTypeOf(t).toBeCallableWith('feedback.titel')
// @ts-expect-error: a key built from an open string
expectTypeOf(translate).toBeCallableWith(`feedback.topicNames.${String(Date.now())}`)
