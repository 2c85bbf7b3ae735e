import { afterEach, describe, expect, it } from 'vitest'
import { meetingPathSegment, userPathSegment } from '../../../src/main/zoom/uuid-path'
import type { FakeZoom } from './support/fake-zoom'
import { sendJson, startFakeZoom, testClient } from './support/fake-zoom'

describe('meeting path segments', () => {
  it('double-encodes UUIDs, including ones with / and //', () => {
    expect(meetingPathSegment('/ajXp112QmuoKj4854875==')).toBe(
      '%252FajXp112QmuoKj4854875%253D%253D'
    )
    expect(meetingPathSegment('ab//cd+e=')).toBe('ab%252F%252Fcd%252Be%253D')
    expect(meetingPathSegment('4444AAAiAAAAAiAiAiiAii==')).toBe('4444AAAiAAAAAiAiAiiAii%253D%253D')
  })

  it('leaves numeric ids plain', () => {
    expect(meetingPathSegment(85746065432)).toBe('85746065432')
    expect(meetingPathSegment('85746065432')).toBe('85746065432')
  })

  it('encodes user emails once', () => {
    expect(userPathSegment('a+b@example.org')).toBe('a%2Bb%40example.org')
    expect(userPathSegment('me')).toBe('me')
  })
})

describe('UUIDs on the wire', () => {
  let fake: FakeZoom
  afterEach(async () => fake.close())

  it('sends the double-encoded UUID in every meeting path', async () => {
    fake = await startFakeZoom((_seen, res) =>
      sendJson(res, 200, { total_records: 0, next_page_token: '', participants: [] })
    )
    const client = testClient(fake)
    const uuid = '/ajXp112QmuoKj4854875=='
    const encoded = '%252FajXp112QmuoKj4854875%253D%253D'
    await client.getPastMeeting(uuid)
    await client.getReportMeeting(uuid)
    await client.listPastParticipants(uuid).toArray()
    await client.listReportParticipants(uuid).toArray()
    expect(fake.api().map((seen) => seen.rawUrl.split('?')[0])).toEqual([
      `/v2/past_meetings/${encoded}`,
      `/v2/report/meetings/${encoded}`,
      `/v2/past_meetings/${encoded}/participants`,
      `/v2/report/meetings/${encoded}/participants`
    ])
  })
})
