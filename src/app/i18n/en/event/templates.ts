// The checklist templates' screen and the names of the built-in templates and their items.
import type zh from '../../zh-CN/event'
import type { Messages } from '../../keys'

export default {
  templates: {
    title: 'Checklist templates',
    choose: 'Template',
    builtIn: 'built in',
    archived: 'not in use',
    create: 'New template',
    newName: 'New template',
    name: 'Template name',
    suitsTypes: 'For event types (none ticked: all types)',
    items: '{phase}',
    itemText: '{phase}, item {n}',
    itemPlaceholder: 'What needs doing',
    addItem: 'Add item: {phase}',
    moveUp: 'Move up: {text}',
    moveDown: 'Move down: {text}',
    removeItem: 'Delete: {text}',
    archive: 'Stop using this template',
    save: 'Save template',
    saved: 'Template saved',
    coordinatorsOnly: 'Only coordinators edit checklist templates.',
    needsItem: 'A template needs at least one item.',
    emptyItem: '{phase}, item {n} is empty.',
  },
  builtIn: {
    templates: {
      'event-template-standard': 'Standard open day checklist',
    },
    items: {
      plan: 'Draw up the event plan',
      announce: 'Announce the event',
      recruit: 'Register and select participants',
      consult: 'Plan a discussion or questionnaire',
      checkin: 'Check-in',
      photos: 'Take photos for the record',
      collect: 'Collect opinions and suggestions',
      adoption: 'Report back on what was adopted',
      publish: 'Publish the event information',
    },
  },
} satisfies Messages<Pick<typeof zh, 'templates' | 'builtIn'>>
