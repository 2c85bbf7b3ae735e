import type { CreateUserAction, UserTypeNumber } from '@shared/admin/user-input'

/** Zoom's four ways to add a user, each with when it works, in plain words. */
export const actionChoices: Array<{ id: CreateUserAction; label: string; explain: string }> = [
  {
    id: 'create',
    label: 'Send an invitation (recommended)',
    explain:
      'Zoom emails the person a link. They are listed under Pending until they accept it and choose a password. Works on every paid plan.'
  },
  {
    id: 'autoCreate',
    label: 'Create the account straight away',
    explain:
      'No invitation email; the account is active at once. Only works when your organisation has verified its email domain with Zoom (a managed domain, usually Enterprise plans) and the email is in that domain.'
  },
  {
    id: 'custCreate',
    label: 'Create a user who never signs in to Zoom',
    explain:
      'For people who only join or start meetings through another app. Zoom must first turn this on for your account (it is meant for software partners); otherwise Zoom refuses.'
  },
  {
    id: 'ssoCreate',
    label: 'Add for single sign-on (SSO)',
    explain:
      'The person signs in through your organisation’s SSO page; no invitation is sent. Only works when SSO is set up for your Zoom account.'
  }
]

export const typeChoices: Array<{ id: UserTypeNumber; label: string; explain: string }> = [
  {
    id: 1,
    label: 'Basic',
    explain: 'Free. Meetings with three or more people end after 40 minutes.'
  },
  {
    id: 2,
    label: 'Licensed',
    explain: 'Uses one of your paid licences: longer meetings, reports and registration.'
  }
]
