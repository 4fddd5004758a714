import { describe, expect, it } from 'vitest'
import { entities } from '../../../src/shared/records'
import { feedbackSettingsId, feedbackSettingsIdOf } from '../../../src/shared/records/feedbackSettings'
import { mergeMutation } from '../../../src/shared/sync/merge'

describe('issue-5 entities in the registry', () => {
  it('are all registered', () => {
    expect(Object.keys(entities)).toEqual(expect.arrayContaining([
      'event', 'eventChecklistItem', 'checkin', 'eventSession', 'eventPhoto', 'eventNote', 'eventTemplate',
      'feedback', 'feedbackSettings', 'questionnaire', 'questionnaireResponse', 'faq',
    ]))
  })

  it('append check-ins and questionnaire responses whole, never patched', () => {
    expect(entities.checkin.patch).toBeNull()
    expect(entities.questionnaireResponse.patch).toBeNull()
  })

  it('create the settings from their defaults under the first patch, as the server does', () => {
    const base = { data: { ...entities.feedbackSettings.defaults, id: feedbackSettingsId }, stamps: {}, deleted: false }
    const patch = entities.feedbackSettings.patch.parse({ replyWorkingDays: 10 })
    const merged = mergeMutation(base, 'patch', patch, { t: 1, c: 'a' }).next.data
    expect(entities.feedbackSettings.record.parse(merged)).toMatchObject({ replyWorkingDays: 10, contactRetentionDays: 180 })
  })

  it('refuse settings under any other id', () => {
    const wrongId = { ...entities.feedbackSettings.defaults, id: 'settings-2' }
    expect(entities.feedbackSettings.record.safeParse(wrongId).success).toBe(false)
    const organization = { ...entities.feedbackSettings.defaults, owner: '区生态环境局' }
    expect(entities.feedbackSettings.record.safeParse(organization).success).toBe(false)
    expect(entities.feedbackSettings.record.parse({ ...organization, id: feedbackSettingsIdOf('区生态环境局') }).id).toBe('feedback-settings@区生态环境局')
  })

  it('let only coordinators write templates, questionnaires, settings and the FAQ, which their organization reads', () => {
    for (const name of ['eventTemplate', 'questionnaire', 'feedbackSettings', 'faq'] as const)
      expect(entities[name].access).toEqual({ read: 'organization', write: 'coordinators' })
  })

  it('let the unit a feedback item was referred to read it', () => {
    expect(entities.feedback.access.readerFields).toEqual(['referredTo'])
  })
})
