import { describe, expect, it } from 'vitest'
import { formGaps, hintsOf, yearOf } from './draftForm'

describe('the plan details form', () => {
  it('takes a four-digit year a plan record accepts, nothing else', () => {
    expect(yearOf(' 2025 ')).toBe(2025)
    expect(['', '25', '1999', '2101', '二〇二五', '2025年'].map(yearOf)).toEqual([null, null, null, null, null, null])
  })

  it('gives the parser no hint for an empty field', () => {
    expect(hintsOf({ title: ' ', year: '', issuer: '区政府办公室 ' })).toEqual({ title: null, year: null, issuer: '区政府办公室' })
  })

  it('holds back a plan whose field was emptied or whose year is not one', () => {
    expect(formGaps({ title: '2025年要点', year: '2025', issuer: '区政府办公室' })).toEqual([])
    expect(formGaps({ title: ' ', year: '25', issuer: '' })).toEqual(['title', 'year', 'issuer'])
  })
})
