import type { DocumentCheck } from './check';

export const frontMatterUnknownKey: DocumentCheck = {
  code: 'front-matter-unknown-key',
  defaultSeverity: 'warning',
  description: 'The front matter has a key the format does not define (often a misspelling).',
  run({ document }, report) {
    for (const issue of document.frontMatterIssues) if (issue.code === 'front-matter-unknown-key') report(issue);
  },
};
