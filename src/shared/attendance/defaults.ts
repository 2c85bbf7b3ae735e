/**
 * Attended means present for at least this share of the meeting, unless the admin picks
 * another. The window, the command line and the saved settings all start from this one value.
 */
export const defaultThresholdPercent = 75
