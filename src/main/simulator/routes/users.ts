import type { Hono } from 'hono'
import { randomId } from '../org/random'
import { isoSeconds } from '../org/time'
import type { SimUser, UserType } from '../org/types'
import type { SimContext } from '../server/context'
import { messages, validationFailed, zoomError } from '../server/errors'
import { guarded, type SimEnv } from '../server/guard'
import { userDetail, userListItem } from '../wire/users'
import { readJsonBody, queryOf, pathParam } from './request'

const inviteCaps = { free: 50, pro: 1500, business: 10_000 } as const
const actions = ['create', 'autoCreate', 'custCreate', 'ssoCreate']
/** Actions that make an account without the person confirming an email: managed domains only. */
const straightAway = new Set(['autoCreate', 'custCreate'])
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function findUserOr404(ctx: SimContext, userId: string): SimUser {
  const user = ctx.org.findUser(userId)
  if (!user) throw zoomError(404, 1001, messages.userNotFound(userId))
  return user
}

export function registerUserRoutes(app: Hono<SimEnv>, ctx: SimContext): void {
  app.get(
    '/v2/users',
    guarded(ctx, 'listUsers', (c) => {
      const query = queryOf(c)
      const status = query.status ?? 'active'
      if (!['active', 'inactive', 'pending'].includes(status))
        throw validationFailed([{ field: 'status' }])
      const users = ctx.org.users.filter(
        (u) => u.status === status && (!query.role_id || u.roleId === query.role_id)
      )
      const page = ctx.pages.page(`users:${status}:${query.role_id ?? ''}`, users, query)
      const { items, ...paging } = page
      return c.json({ ...paging, users: items.map(userListItem) })
    })
  )

  app.get(
    '/v2/users/:userId',
    guarded(ctx, 'getUser', (c) => {
      const user = findUserOr404(ctx, pathParam(c, 'userId'))
      return c.json(userDetail(user, ctx.org.accountId, ctx.org.accountNumber, ctx.now()))
    })
  )

  app.post(
    '/v2/users',
    guarded(ctx, 'createUser', async (c) => {
      const body = await readJsonBody(c)
      const info = (body.user_info ?? {}) as Record<string, unknown>
      const problems: { field: string }[] = []
      if (typeof body.action !== 'string' || !actions.includes(body.action))
        problems.push({ field: 'action' })
      if (
        typeof info.email !== 'string' ||
        !emailPattern.test(info.email) ||
        info.email.length > 128
      )
        problems.push({ field: 'user_info.email' })
      // Type 99 ("None") exists only for SSO-created users.
      const types = body.action === 'ssoCreate' ? [1, 2, 3, 99] : [1, 2, 3]
      if (!types.includes(info.type as number)) problems.push({ field: 'user_info.type' })
      const password = info.password
      if (
        password !== undefined &&
        (typeof password !== 'string' || password.length < 8 || password.length > 32)
      ) {
        problems.push({ field: 'user_info.password' })
      }
      for (const name of ['first_name', 'last_name'] as const) {
        const value = info[name]
        if (value !== undefined && (typeof value !== 'string' || value.length > 64))
          problems.push({ field: `user_info.${name}` })
      }
      if (problems.length > 0) throw validationFailed(problems)
      const email = String(info.email)
      const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
      if (straightAway.has(body.action as string) && !ctx.managedDomains.includes(domain))
        throw zoomError(400, 1116, messages.notManagedDomain(email, ctx.managedDomains))
      if (ctx.org.findUser(email))
        throw zoomError(409, 1005, `Email "${email}" has already been used.`)
      if (body.action === 'create') {
        const cap = inviteCaps[ctx.plan]
        ctx.dailyCaps.enforce('user-invites', cap, messages.userInviteDaily(cap), 'Light')
      }
      const firstName = typeof info.first_name === 'string' ? info.first_name : ''
      const lastName = typeof info.last_name === 'string' ? info.last_name : ''
      const user: SimUser = {
        id: randomId(ctx.org.creationRng()),
        email,
        firstName,
        lastName,
        displayName: `${firstName} ${lastName}`.trim() || email,
        type: info.type as UserType,
        // Only `create` sends an invitation the person must accept first.
        status: body.action === 'create' ? 'pending' : 'active',
        pmi: ctx.org.creationRng().int(2_000_000_000, 9_999_999_999),
        timezone: 'America/New_York',
        dept: '',
        jobTitle: '',
        roleId: '2',
        roleName: 'Member',
        language: 'en-US',
        createdAt: isoSeconds(ctx.now()),
        verified: 0
      }
      ctx.org.addUser(user)
      return c.json(
        { id: user.id, first_name: firstName, last_name: lastName, email, type: user.type },
        201
      )
    })
  )
}
