import type { DocumentCheck } from './check';

export const frontMatter: DocumentCheck = {
  code: 'front-matter',
  defaultSeverity: 'error',
  description: 'The front matter is missing, not closed, or not valid YAML.',
  run({ document }, report) {
    for (const problem of document.frontMatterProblems) report(problem);
  },
};
