/**
 * Each Word fixture (word-fixtures.ts) imports to the Markdown in golden/,
 * byte for byte, its images beside it. After a deliberate change to the import, regenerate them
 * and read the diff before committing:
 *   npx tsc -b && UPDATE_IMPORT_GOLDEN=1 npx mocha test/out/unit/import/golden.test.js
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importedMarkdown } from '../../support/word-import';
import { cabinetMinutes, cabinetReport, reviewedDraft, scrutinyReport } from './word-fixtures';

const GOLDEN = path.resolve(__dirname, '../../../../test/unit/import/golden');
const FIXTURES = { cabinetReport, scrutinyReport, cabinetMinutes, reviewedDraft };

describe('The Word import, on papers built with the docx library', () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`imports ${name} as its golden Markdown (golden/${name}.md)`, async () => {
      const imported = await importedMarkdown(await build(), { fileName: `${name}.docx` });
      const file = path.join(GOLDEN, `${name}.md`);
      if (process.env['UPDATE_IMPORT_GOLDEN'] === '1') {
        fs.writeFileSync(file, imported.markdown);
        for (const image of imported.images) fs.writeFileSync(path.join(GOLDEN, image.fileName), image.bytes);
      }
      assert.equal(imported.markdown, fs.readFileSync(file, 'utf8'));
      // The images are saved beside the document, as the Markdown refers to them.
      for (const image of imported.images)
        assert.deepEqual(Buffer.from(image.bytes), fs.readFileSync(path.join(GOLDEN, image.fileName)), image.fileName);
    });
  }
});
