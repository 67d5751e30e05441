import { cpSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './tools';

/** The second and third folders, with configs that differ (test/vscode/fixtures). */
const COUNCILS = ['council-a', 'council-b'];

/**
 * The multi-root workspace the suite opens, made afresh under `home`: a copy
 * of samples/ first (most tests use it: test/vscode/suite/support.ts), then
 * two councils whose `.committee-reports.yaml` name different kinds of ID.
 * Returns the `.code-workspace` file and the samples folder.
 */
export function makeTestWorkspace(home: string): { file: string; samples: string } {
  const samples = path.join(home, 'workspace');
  cpSync(path.join(REPO, 'samples'), samples, { recursive: true });
  const folders = [{ name: 'samples', path: samples }];
  for (const name of COUNCILS) {
    const folder = path.join(home, name);
    cpSync(path.join(REPO, 'test/vscode/fixtures', name), folder, { recursive: true });
    folders.push({ name, path: folder });
  }
  const file = path.join(home, 'test.code-workspace');
  writeFileSync(file, JSON.stringify({ folders }, null, 2));
  return { file, samples };
}
