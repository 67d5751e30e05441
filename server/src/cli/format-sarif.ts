import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { checkRegistry, type Severity } from '../core';
import type { CheckOutcome } from './model';
import { toOneBased } from './positions';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

/** SARIF 2.1.0 for code-scanning UIs: one run, the check registry as its rules. */
export function formatSarif(outcome: CheckOutcome, toolVersion: string): string {
  const rules: ReportingDescriptor[] = checkRegistry.map((check) => ({
    id: check.code,
    shortDescription: { text: check.description },
    defaultConfiguration: { level: sarifLevel(check.defaultSeverity) },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const results: Result[] = outcome.files.flatMap((file) =>
    file.diagnostics.map((diagnostic): Result => {
      const { line, column, endLine, endColumn } = toOneBased(diagnostic.range);
      const index = ruleIndex.get(diagnostic.code);
      return {
        ruleId: diagnostic.code,
        // A code missing from the registry would be a bug; still report it rather than drop it.
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: sarifLevel(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.path), uriBaseId: SOURCE_ROOT },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
      };
    }),
  );

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'committee-reports', version: toolVersion, rules } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(outcome.root) } },
        columnKind: 'utf16CodeUnits',
        results,
        // What stderr warns of (a folder that could not be opened) reaches a code-scanning UI here.
        ...(outcome.warnings.length === 0
          ? {}
          : {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: outcome.warnings.map((warning) => ({
                    level: 'warning' as const,
                    message: { text: warning },
                  })),
                },
              ],
            }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF has no "info": its nearest level is "note". */
function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

/** A relative URI reference: each segment percent-encoded, `..` kept. */
function relativeUri(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

/** SARIF requires a base URI to end with a slash. */
function directoryUri(absolutePath: string): string {
  const href = pathToFileURL(absolutePath).href;
  return href.endsWith('/') ? href : `${href}/`;
}
