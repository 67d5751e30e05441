/**
 * docs/format.md, "Files": which files are checked: `include`/`exclude` globs in the
 * workspace config (default `**\/*.report.md`, `**\/*.minutes.md`; always skip
 * `node_modules`). Paths are relative to the workspace root.
 */
import * as assert from 'node:assert/strict';
import { createFileMatcher, defaultConfig, loadConfig } from '../support/core';

const defaults = createFileMatcher(defaultConfig());
const configured = (text: string) =>
  createFileMatcher(loadConfig(text, 'file:///workspace/.committee-reports.yaml').config);

describe('File matcher', () => {
  it('checks reports and minutes anywhere by default', () => {
    assert.equal(defaults('libraries.report.md'), true);
    assert.equal(defaults('cabinet/2026/libraries.report.md'), true);
    assert.equal(defaults('minutes/cabinet-2026-03-12.minutes.md'), true);
  });

  it('does not check other Markdown files by default', () => {
    assert.equal(defaults('README.md'), false);
    assert.equal(defaults('notes/report.md'), false);
    assert.equal(defaults('libraries.report.md.bak'), false);
  });

  it('checks files in folders whose names start with a dot', () => {
    assert.equal(defaults('.drafts/libraries.report.md'), true);
  });

  it('never checks anything inside node_modules, even when included', () => {
    assert.equal(defaults('node_modules/pkg/a.report.md'), false);
    assert.equal(defaults('papers/node_modules/a.report.md'), false);
    assert.equal(configured('include: ["**/*.md", "node_modules/**"]\n')('node_modules/a.report.md'), false);
  });

  it('skips files the config excludes', () => {
    const matches = configured('exclude: ["archive/**"]\n');
    assert.equal(matches('archive/2019/old.report.md'), false);
    assert.equal(matches('current/new.report.md'), true);
  });

  it('checks what the config includes instead of the defaults', () => {
    const matches = configured('include: ["papers/**/*.md"]\n');
    assert.equal(matches('papers/cabinet/budget.md'), true);
    assert.equal(matches('other/budget.report.md'), false);
  });

  it('accepts Windows separators and a leading ./', () => {
    assert.equal(defaults('cabinet\\libraries.report.md'), true);
    assert.equal(defaults('./libraries.report.md'), true);
    assert.equal(defaults('node_modules\\pkg\\a.report.md'), false);
  });
});
