import { runCli } from './cli';

/**
 * The entry point used by bin/committee-reports.js. Takes the whole of
 * process.argv (node and the script first) and sets the exit code rather than
 * calling process.exit, so piped output is flushed before the process ends.
 */
export function main(argv: readonly string[]): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) closes the pipe; that is not a failure.
    if (error.code === 'EPIPE') return;
    process.stderr.write(`committee-reports: cannot write the output (${error.message}); check where it is going\n`);
    process.exitCode = 2;
  });
  void runCli(argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
