import { describe, expect, it } from 'vitest'
import {
  fieldErrorsOf,
  newUserSchema,
  parseUserTypeText
} from '../../../src/shared/admin/user-input'

describe('the add-user form rules shared by the window and main', () => {
  it('accepts a trimmed email and the four ways to add', () => {
    for (const action of ['create', 'autoCreate', 'custCreate', 'ssoCreate']) {
      const parsed = newUserSchema.parse({
        action,
        type: 2,
        firstName: ' Ada ',
        lastName: '',
        email: ' ada@example.org '
      })
      expect(parsed).toMatchObject({ email: 'ada@example.org', firstName: 'Ada' })
    }
  })

  it('names each bad field in plain words', () => {
    const result = newUserSchema.safeParse({
      action: 'invite',
      type: 3,
      firstName: 'x'.repeat(65),
      lastName: '',
      email: `${'a'.repeat(120)}@example.org`
    })
    expect(result.success).toBe(false)
    expect(fieldErrorsOf(result.error!)).toEqual({
      action: 'Choose how to add the user.',
      type: 'Choose Basic or Licensed.',
      firstName: 'First name must be at most 64 characters.',
      email: 'Zoom accepts emails of at most 128 characters.'
    })
  })

  it('reads the type column forgivingly', () => {
    expect(['', 'Basic', ' 1 ', 'LICENSED', '2', 'licenced'].map(parseUserTypeText)).toEqual([
      1, 1, 1, 2, 2, 2
    ])
    expect(parseUserTypeText('gold')).toBeNull()
  })
})
