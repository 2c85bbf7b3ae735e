import { Hono } from 'hono'
import { registerMeetingRoutes } from '../routes/meetings'
import { registerPastMeetingRoutes } from '../routes/past-meetings'
import { registerPastWebinarRoutes } from '../routes/past-webinars'
import { registerRegistrantRoutes } from '../routes/registrants'
import { registerReportRoutes } from '../routes/reports'
import { registerUserRoutes } from '../routes/users'
import { registerWebinarReportRoutes } from '../routes/webinar-reports'
import { registerWebinarRoutes } from '../routes/webinars'
import type { SimContext } from './context'
import { messages } from './errors'
import type { SimEnv } from './guard'
import { registerOAuth } from './oauth'

/** The whole fake Zoom: token endpoint plus the /v2 API Headcount uses. */
export function createSimulatorApp(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>()
  app.use(async (c, next) => {
    await next()
    c.header('x-zm-trackingid', `v=2.0;clid=sim;rid=WEB_${Math.random().toString(16).slice(2, 18)}`)
  })
  registerOAuth(app, ctx)
  registerUserRoutes(app, ctx)
  registerMeetingRoutes(app, ctx)
  registerRegistrantRoutes(app, ctx)
  registerPastMeetingRoutes(app, ctx)
  registerReportRoutes(app, ctx)
  registerWebinarRoutes(app, ctx)
  registerPastWebinarRoutes(app, ctx)
  registerWebinarReportRoutes(app, ctx)
  app.notFound((c) => {
    // A single-encoded UUID with "/" splits the path and lands here, as on Zoom.
    const meetingPath = /\/(past_meetings|past_webinars|report\/(meetings|webinars))\//.test(
      c.req.path
    )
    return meetingPath
      ? c.json({ code: 3001, message: messages.meetingUnavailable }, 404)
      : c.json({ code: 404, message: 'Not Found' }, 404)
  })
  app.onError((_error, c) =>
    c.json({ code: 500, message: 'An unexpected error occurred. Please try again later.' }, 500)
  )
  return app
}
