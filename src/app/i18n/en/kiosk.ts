import type zh from '../zh-CN/kiosk'
import type { Messages } from '../keys'

export default {
  setupTitle: 'On-site questionnaire mode',
  setupHelp: 'The phone then shows only the questionnaire and can be handed to visitors; each submission clears it for the next one. Leaving needs the staff PIN.',
  questionnaire: 'Questionnaire',
  pin: 'Staff PIN (4–8 digits)',
  pinAgain: 'PIN again',
  pinTooShort: 'The PIN needs 4 to 8 digits',
  pinMismatch: 'The two PINs differ',
  start: 'Start on-site questionnaire',
  eventMissing: 'This event is not on this phone; it may not have synced yet.',
  staffExit: 'Staff exit',
  exitTitle: 'Enter the staff PIN to leave',
  exitHelp: 'You will return to the event.',
  exit: 'Leave questionnaire mode',
  wrongPin: 'Wrong PIN; {n} tries left.',
  lockedOut: 'Too many wrong PINs; try again in {n} seconds.',
  thanksNext: 'Please hand the phone back to the staff or to the next visitor.',
  next: 'Next visitor',
  resetIn: 'Next questionnaire in {n} seconds',
  saved: '{n} questionnaires saved',
} satisfies Messages<typeof zh>
