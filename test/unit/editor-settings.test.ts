import * as assert from 'node:assert/strict';
import { editorSettingsProperties, readEditorSettings } from '../support/core';

describe('Editor settings (committeeReports.*)', () => {
  it('default to checking as you type, with lenses shown', () => {
    assert.deepEqual(readEditorSettings(undefined), { checkOn: 'type', codeLens: { enable: true } });
    assert.deepEqual(readEditorSettings({}), { checkOn: 'type', codeLens: { enable: true } });
  });

  it('read checkOn "save" and lenses turned off', () => {
    assert.deepEqual(readEditorSettings({ checkOn: 'save', codeLens: { enable: false } }), {
      checkOn: 'save',
      codeLens: { enable: false },
    });
  });

  it('fall back to the default for a value they do not know, rather than failing', () => {
    assert.equal(readEditorSettings({ checkOn: 'sometimes' }).checkOn, 'type');
    assert.equal(readEditorSettings('not an object').checkOn, 'type');
    assert.deepEqual(readEditorSettings({ codeLens: 'no' }).codeLens, { enable: true });
    assert.deepEqual(readEditorSettings({ codeLens: { enable: 'no' } }).codeLens, { enable: true });
  });
});

describe('The settings VS Code shows (contributes.configuration.properties), generated from the schema', () => {
  it('lists each setting by its dotted name, per resource, with its type, default, values and description', () => {
    const properties = editorSettingsProperties();
    assert.deepEqual(Object.keys(properties), ['committeeReports.checkOn', 'committeeReports.codeLens.enable']);
    const checkOn = properties['committeeReports.checkOn']!;
    assert.deepEqual(
      {
        type: checkOn.type,
        default: checkOn.default,
        enum: checkOn.enum,
        scope: checkOn.scope,
        enumDescriptions: checkOn.enumDescriptions?.length,
      },
      { type: 'string', default: 'type', enum: ['type', 'save'], scope: 'resource', enumDescriptions: 2 },
    );
    assert.match(checkOn.markdownDescription, /^When to re-check a document/);
    const lenses = properties['committeeReports.codeLens.enable']!;
    assert.deepEqual(
      { type: lenses.type, default: lenses.default, scope: lenses.scope, enum: lenses.enum },
      { type: 'boolean', default: true, scope: 'resource', enum: undefined },
    );
    assert.match(lenses.markdownDescription, /finding/);
  });

  it('gives every setting the default that reading an empty configuration gives', () => {
    const defaults = readEditorSettings({}) as unknown as Record<string, unknown>;
    for (const [key, property] of Object.entries(editorSettingsProperties())) {
      const value = key
        .split('.')
        .slice(1)
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], defaults);
      assert.deepEqual(property.default, value, key);
    }
  });
});
