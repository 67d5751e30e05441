import { localDate } from '../core/traceability/dates';
import { DEFAULT_CACHE_LOCATION, parseInvocation, type OutputFormat } from './args';
import * as path from 'node:path';
import { shouldColour } from './colour';
import { CliError } from './errors';
import { ExitCode, exitCodeFor } from './exit';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { HELP_TEXT } from './help';
import type { Printing } from './check-cached';
import type { CheckOutcome, Printout } from './model';
import { buildIdentity, packageVersion } from './version';
import type { WorkspaceRequest } from './workspace-request';

// Each command's modules are loaded when it runs (`await import`), not at start-up: `check --cache`
// on an unchanged workspace needs no parser and no checks, and `--version` needs nothing at all.

/** The process as the CLI sees it, passed in so the logic never reaches for globals. */
export interface CliEnvironment {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTerminal: boolean;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
}

/**
 * Runs one invocation and gives the exit code. Never rejects: every failure
 * becomes a one-line message on stderr, without a stack trace.
 */
export async function runCli(args: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  try {
    const invocation = parseInvocation(args);
    switch (invocation.command) {
      case 'help':
        environment.writeOut(HELP_TEXT);
        return ExitCode.Clean;
      case 'version':
        environment.writeOut(`${packageVersion()}\n`);
        return ExitCode.Clean;
      case 'check': {
        const request = {
          root: environment.cwd,
          paths: invocation.paths,
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        };
        const colour = invocation.format === 'text' && shouldColour(environment.env, environment.stdoutIsTerminal);
        const print = async (outcome: CheckOutcome): Promise<Printout> => ({
          stdout: await render(outcome, invocation.format, colour),
          warnings: outcome.warnings,
          exitCode: exitCodeFor(outcome.files),
        });
        const printout =
          invocation.cacheLocation === undefined
            ? await print((await import('./check.js')).runCheck(request))
            : await checkWithCacheAt(request, invocation.cacheLocation, {
                key: `${invocation.format}${colour ? ' in colour' : ''}`,
                print,
              });
        environment.writeOut(printout.stdout);
        writeWarnings(printout.warnings, environment);
        return printout.exitCode as ExitCode;
      }
      case 'trace': {
        // The real date unless --today gives one: a clerk can ask what will be overdue at the next meeting.
        const { runTrace } = await import('./trace.js');
        const { renderTrace } = await import('./trace-render.js');
        const outcome = runTrace({
          root: environment.cwd,
          paths: invocation.paths,
          today: invocation.today ?? localDate(new Date()),
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        });
        environment.writeOut(renderTrace(outcome, invocation.format));
        writeWarnings(outcome.warnings, environment);
        return ExitCode.Clean;
      }
      case 'templates': {
        const { runTemplates } = await import('./templates.js');
        const { renderTemplates } = await import('./templates-render.js');
        const outcome = runTemplates({
          root: environment.cwd,
          ...(invocation.name === undefined ? {} : { name: invocation.name }),
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        });
        environment.writeOut(renderTemplates(outcome.templates, invocation.format));
        writeWarnings(outcome.warnings, environment);
        return ExitCode.Clean;
      }
      case 'export': {
        const { runExport } = await import('./export.js');
        const { formatExport } = await import('./export-text.js');
        const outcome = await runExport({
          root: environment.cwd,
          paths: invocation.paths,
          to: invocation.to,
          force: invocation.force,
          includeExempt: invocation.includeExempt,
          ...(invocation.outDir === undefined ? {} : { outDir: invocation.outDir }),
          ...(invocation.template === undefined ? {} : { template: invocation.template }),
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        });
        environment.writeOut(formatExport(outcome));
        writeWarnings(outcome.warnings, environment);
        const refused = outcome.results.some((result) => !('output' in result));
        return refused ? ExitCode.ErrorsFound : ExitCode.Clean;
      }
      case 'import': {
        const { runImport } = await import('./import.js');
        const { formatImport } = await import('./import-text.js');
        const outcome = await runImport({
          root: environment.cwd,
          files: invocation.files,
          force: invocation.force,
          ...(invocation.type === undefined ? {} : { type: invocation.type }),
          ...(invocation.out === undefined ? {} : { out: invocation.out }),
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        });
        environment.writeOut(formatImport(outcome, shouldColour(environment.env, environment.stdoutIsTerminal)));
        writeWarnings(outcome.warnings, environment);
        const refused = outcome.results.some((result) => !('output' in result));
        return refused ? ExitCode.ErrorsFound : ExitCode.Clean;
      }
      case 'renumber': {
        const { runRenumber } = await import('./renumber.js');
        const { formatRenumber } = await import('./renumber-text.js');
        const outcome = runRenumber({
          root: environment.cwd,
          paths: invocation.paths,
          paragraphs: invocation.paragraphs,
          dryRun: invocation.dryRun,
          force: invocation.force,
          ...(invocation.kinds === undefined ? {} : { kinds: invocation.kinds }),
          ...(invocation.start === undefined ? {} : { start: invocation.start }),
          ...(invocation.configPath === undefined ? {} : { configPath: invocation.configPath }),
        });
        writeWarnings(outcome.warnings, environment);
        if (outcome.outcome === 'refused') {
          environment.writeErr(`committee-reports: ${oneLine(outcome.reason)}\n`);
          return ExitCode.ErrorsFound;
        }
        environment.writeOut(formatRenumber(outcome));
        return ExitCode.Clean;
      }
    }
  } catch (error) {
    environment.writeErr(`committee-reports: ${describeFailure(error)}\n`);
    return ExitCode.Failure;
  }
}

/** `check --cache` with its cache at `cacheLocation`, as given: relative to the working folder. */
async function checkWithCacheAt(
  request: WorkspaceRequest,
  cacheLocation: string,
  printing: Printing,
): Promise<Printout> {
  const { runCheckWithCache } = await import('./check-cached.js');
  const { formerCacheLocation } = await import('../node/check-cache-file.js');
  const location = path.resolve(request.root, cacheLocation);
  return runCheckWithCache(
    request,
    {
      location,
      identity: buildIdentity(),
      // Only the default is a name of ours: a location the user gave never has a file beside it removed.
      replaces: cacheLocation === DEFAULT_CACHE_LOCATION ? formerCacheLocation(location) : undefined,
    },
    printing,
  );
}

async function render(outcome: CheckOutcome, format: OutputFormat, colour: boolean): Promise<string> {
  switch (format) {
    case 'text':
      return formatText(outcome, colour);
    case 'json':
      return formatJson(outcome);
    case 'sarif':
      // SARIF describes every check, so it needs the checks' registry.
      return (await import('./format-sarif.js')).formatSarif(outcome, packageVersion());
  }
}

/** After the output, on stderr, so the report itself stays as the format says. */
function writeWarnings(warnings: readonly string[], environment: CliEnvironment): void {
  for (const warning of warnings) environment.writeErr(`committee-reports: warning: ${oneLine(warning)}\n`);
}

/** Our own errors already say what to do; anything else is a bug, said on one line. */
function describeFailure(error: unknown): string {
  if (error instanceof CliError) return oneLine(error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return `internal error: ${oneLine(detail)}; this is a bug in committee-reports, please report it with the command you ran`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
