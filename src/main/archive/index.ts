/**
 * The attendance archive: every fetched meeting instance kept in one local SQLite file,
 * readable offline and past Zoom's retention. Callers use the Archive interface only.
 */
export type * from './archive-types'
export { openSqliteArchive as openArchive, type OpenArchiveOptions } from './sqlite-archive'
export { latestVersion as archiveFormatVersion } from './sqlite/migrations'
export { createOpenedArchive, type OpenedArchive } from './opened-archive'
