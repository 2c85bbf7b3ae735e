/** Every endpoint function accepts the caller's signal (cancel button, job deadline). */
export interface CallOptions {
  signal?: AbortSignal
}
