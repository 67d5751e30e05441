import { closest, describeTemplates, type Diagnostic, type TemplateDescription } from '../core';
import { loadWorkspaceConfig } from './config';
import { UsageError } from './errors';
import { displayPath } from './paths';
import { toOneBased } from './positions';

export interface TemplatesRequest {
  /** The workspace root: the working directory, where the config is looked for. */
  readonly root: string;
  readonly name?: string;
  readonly configPath?: string;
}

export interface TemplatesOutcome {
  readonly templates: readonly TemplateDescription[];
  /** For stderr: the config's own problems (an entry with one is ignored, so a template may not be as written). */
  readonly warnings: readonly string[];
}

/**
 * The templates as `check` would apply them: the config read as `check`
 * reads it (the root's `.committee-reports.yaml`, or `--config`), its own
 * templates and changes included. No document is read.
 */
export function runTemplates(request: TemplatesRequest): TemplatesOutcome {
  const shownAs = (absolutePath: string) => displayPath(request.root, absolutePath);
  const loaded = loadWorkspaceConfig(request.root, request.configPath, shownAs);
  const all = describeTemplates(loaded.config);
  const warnings = loaded.file
    ? loaded.file.diagnostics.map((diagnostic) => configProblem(shownAs(loaded.file!.absolutePath), diagnostic))
    : [];
  if (request.name === undefined) return { templates: all, warnings };
  const chosen = all.find((template) => template.name === request.name);
  if (!chosen) {
    const names = all.map((template) => template.name);
    const suggestion = closest(request.name, names);
    throw new UsageError(
      `there is no template '${request.name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the templates are ${names.join(', ')}`,
    );
  }
  return { templates: [chosen], warnings };
}

function configProblem(path: string, diagnostic: Diagnostic): string {
  const { line, column } = toOneBased(diagnostic.range);
  return `${path}:${line}:${column} ${diagnostic.message} (run committee-reports check to see every problem)`;
}
