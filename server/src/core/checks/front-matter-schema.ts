import type { DocumentCheck } from './check';

export const frontMatterSchema: DocumentCheck = {
  code: 'front-matter-schema',
  defaultSeverity: 'error',
  description: 'A front matter key is missing or has a value the format does not allow.',
  run({ document }, report) {
    for (const issue of document.frontMatterIssues) if (issue.code === 'front-matter-schema') report(issue);
  },
};
