/** Errors that end the run with exit status 2 and a one-line message (never a stack trace). */
export class UsageError extends Error {}
