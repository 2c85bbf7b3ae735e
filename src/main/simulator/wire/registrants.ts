import type { SimRegistrant } from '../org/types'

/** A row of GET /meetings/{meetingId}/registrants. */
export function registrant(r: SimRegistrant): Record<string, unknown> {
  return {
    id: r.id,
    first_name: r.firstName,
    last_name: r.lastName,
    email: r.email,
    address: '',
    city: r.city,
    country: r.country,
    zip: '',
    state: '',
    phone: '',
    industry: '',
    org: r.org,
    job_title: r.jobTitle,
    purchasing_time_frame: '',
    role_in_purchase_process: '',
    no_of_employees: '',
    comments: r.comments,
    custom_questions: r.customQuestions,
    status: r.status,
    create_time: r.createTime,
    join_url: r.joinUrl
  }
}
