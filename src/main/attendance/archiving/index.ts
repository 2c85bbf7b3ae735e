/**
 * Fetch-and-archive: Zoom's attendance data into the local archive, one instance at a time
 * (archive-instance.ts) or a whole account incrementally (sync-archive.ts). Electron-free, shared
 * by the window's services and the CLI.
 */
export {
  archiveInstance,
  fetchInstanceForArchive,
  isGoneFromZoom,
  type ArchiveOutcome,
  type FetchedInstance,
  type FetchForArchiveOptions,
  type ListedInstance
} from './archive-instance'
export {
  syncArchive,
  toArchiveFailure,
  type SyncArchiveOptions,
  type SyncResult
} from './sync-archive'
export { syncSummaryLines } from './sync-summary'
