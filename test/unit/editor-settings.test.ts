import * as assert from 'node:assert/strict';
import { readEditorSettings } from 'committee-reports/core';

describe('Editor settings (committeeReports.*)', () => {
  it('default to checking as you type', () => {
    assert.deepEqual(readEditorSettings(undefined), { checkOn: 'type' });
    assert.deepEqual(readEditorSettings({}), { checkOn: 'type' });
  });

  it('read checkOn "save"', () => {
    assert.equal(readEditorSettings({ checkOn: 'save' }).checkOn, 'save');
  });

  it('fall back to the default for a value they do not know, rather than failing', () => {
    assert.equal(readEditorSettings({ checkOn: 'sometimes' }).checkOn, 'type');
    assert.equal(readEditorSettings('not an object').checkOn, 'type');
  });
});
