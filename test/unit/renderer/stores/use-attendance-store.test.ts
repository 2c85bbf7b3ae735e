import { describe, expect, it } from 'vitest'
import type { IpcResult } from '@shared/ipc/result'
import type { InstanceAttendanceView } from '@shared/ipc/contracts/attendance-contract'
import { useAttendanceStore } from '../../../../src/renderer/src/stores/use-attendance-store'
import { deferred, failed, installFakeBridge, ok } from '../support/fake-bridge'
import { attendanceView, person } from '../support/samples'

const store = () => useAttendanceStore.getState()
const onboarding = { ref: 'uuid-a==', topic: 'Onboarding', startTime: null }
const townHall = { ref: 'uuid-b==', topic: 'Town hall', startTime: null }

describe('the attendance store', () => {
  it('loads the chosen session with the threshold and a job id for progress', async () => {
    const fake = installFakeBridge({ 'attendance:load': ok(attendanceView([person('Ada')])) })
    store().select(onboarding)
    await store().load()
    const [input] = fake.inputsOf('attendance:load')
    expect(input).toMatchObject({ meeting: 'uuid-a==', thresholdPercent: 75 })
    expect(input?.jobId).toBe(store().jobId)
    expect(store().attendance.data?.people.map((p) => p.name)).toEqual(['Ada'])
  })

  it('asks for a fresh copy from Zoom on refresh', async () => {
    const fake = installFakeBridge({ 'attendance:load': ok(attendanceView([])) })
    store().select(onboarding)
    await store().load({ refresh: true })
    expect(fake.inputsOf('attendance:load')[0]?.refresh).toBe(true)
  })

  it('drops the answer for a meeting that is no longer chosen', async () => {
    const slow = deferred<IpcResult<InstanceAttendanceView>>()
    const fake = installFakeBridge({ 'attendance:load': () => slow.promise })
    store().select(onboarding)
    const first = store().load()
    store().select(townHall)
    fake.answer('attendance:load', ok(attendanceView([person('Grace')], 'Town hall')))
    await store().load()
    slow.resolve(ok(attendanceView([person('Ada')], 'Onboarding')))
    await first
    expect(store().attendance.data?.meeting.topic).toBe('Town hall')
  })

  it('reloads at a new threshold, and the newest threshold’s answer wins', async () => {
    installFakeBridge({ 'attendance:load': ok(attendanceView([person('Ada')])) })
    store().select(onboarding)
    await store().load()
    const at50 = deferred<IpcResult<InstanceAttendanceView>>()
    const at60 = deferred<IpcResult<InstanceAttendanceView>>()
    const fake = installFakeBridge({
      'attendance:load': ({ thresholdPercent }) =>
        thresholdPercent === 50 ? at50.promise : at60.promise
    })
    const first = store().setThreshold(50)
    const second = store().setThreshold(60)
    at60.resolve(ok({ ...attendanceView([person('Ada')]), thresholdPercent: 60 }))
    await second
    at50.resolve(ok({ ...attendanceView([person('Ada')]), thresholdPercent: 50 }))
    await first
    expect(fake.inputsOf('attendance:load').map((i) => i.thresholdPercent)).toEqual([50, 60])
    expect(store().attendance.data?.thresholdPercent).toBe(60)
  })

  it('only remembers a threshold when nothing is loaded yet', async () => {
    const fake = installFakeBridge()
    await store().setThreshold(40)
    expect(store().threshold).toBe(40)
    expect(fake.calls).toEqual([])
  })

  it('keeps the table while reloading and shows a failure', async () => {
    installFakeBridge({ 'attendance:load': ok(attendanceView([person('Ada')])) })
    store().select(onboarding)
    await store().load()
    installFakeBridge({ 'attendance:load': failed('Zoom is not answering.', { code: 'network' }) })
    await store().load()
    expect(store().attendance.status).toBe('error')
    expect(store().attendance.data?.people).toHaveLength(1)
  })

  it('filters, sorts and opens rows', () => {
    store().toggleStatus('Absent')
    expect(store().statuses.has('Absent')).toBe(false)
    store().toggleStatus('Absent')
    expect(store().statuses.has('Absent')).toBe(true)
    store().setSearch('ada')
    store().setSort({ key: 'minutesAttended', descending: true })
    store().toggleExpanded('p1')
    expect(store()).toMatchObject({
      search: 'ada',
      sort: { key: 'minutesAttended', descending: true }
    })
    expect(store().expanded.has('p1')).toBe(true)
    store().select(townHall)
    expect(store().expanded.size).toBe(0)
  })
})
