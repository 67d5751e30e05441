/**
 * Failures the CLI reports to the user as one line on stderr with exit code 2.
 * Anything else that is thrown is an internal failure (also exit 2, but worded
 * as a bug to report).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The command line itself is wrong: the user should fix how they called us. */
export class UsageError extends CliError {}

/** A file could not be read or found. */
export class FileError extends CliError {}
