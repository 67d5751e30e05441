import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { editorSettingsProperties } from '../support/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, unknown> };
    commands: { command: string; title: string }[];
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { path: string }[];
    snippets: { path: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
  };
};

function clientSources(folder = path.join(ROOT, 'client', 'src')): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? clientSources(path.join(folder, entry.name))
        : entry.name.endsWith('.ts')
          ? readFileSync(path.join(folder, entry.name), 'utf8')
          : '',
    )
    .join('\n');
}

describe('The extension manifest (package.json)', () => {
  it('declares exactly the editor settings of the server schema (npm run sync-settings writes them)', () => {
    const declared = { ...manifest.contributes.configuration.properties };
    // Read by the VS Code client itself, not by the server.
    delete declared['committeeReports.trace.server'];
    delete declared['committeeReports.persistIndex'];
    assert.deepEqual(declared, JSON.parse(JSON.stringify(editorSettingsProperties())));
  });

  it('declares the setting that keeps the index between sessions, on by default, and the client reads it', () => {
    assert.deepEqual(
      {
        ...(manifest.contributes.configuration.properties['committeeReports.persistIndex'] as object),
        markdownDescription: undefined,
      },
      { type: 'boolean', default: true, scope: 'window', markdownDescription: undefined },
    );
    assert.match(clientSources(), /getConfiguration\('committeeReports'\)\.get<boolean>\('persistIndex', true\)/);
  });

  it('registers in the client every command it contributes, and contributes every command the client registers', () => {
    // Registered one by one, or from a list of [command, …] pairs (the export commands, one per format).
    const registered = [...clientSources().matchAll(/(?:registerCommand\(|^\s*\[)'(committeeReports\.[^']+)'/gm)]
      .map((match) => match[1])
      .sort();
    assert.deepEqual(manifest.contributes.commands.map((command) => command.command).sort(), registered);
  });

  it('names only contributed commands in its menus and key bindings', () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map(
      (entry) => entry.command,
    );
    assert.deepEqual(
      used.filter((command) => !contributed.has(command)),
      [],
    );
  });

  it('points at files that exist: language configuration, grammar, snippets, and the bundle the package script builds', () => {
    const files = [
      manifest.contributes.languages[0]!.configuration,
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.snippets.map((s) => s.path),
    ];
    for (const file of files) assert.ok(existsSync(path.join(ROOT, file)), `${file} does not exist`);
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(readFileSync(path.join(ROOT, 'scripts', 'bundle.js'), 'utf8'), /outfile: 'dist\/extension\.js'/);
  });

  it('opens report and minutes files as committee reports and activates where there are any', () => {
    assert.deepEqual(manifest.contributes.languages[0]!.extensions, ['.report.md', '.minutes.md']);
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.report.md'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.minutes.md'));
  });
});
