import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileAppears } from './file-appears';
import { EXTENSION_ROOT_VARIABLE } from './results';
import {
  EXTENSION_ID,
  codesOf,
  diagnosticsWhen,
  folderFile,
  openFile,
  positionOf,
  revertActiveEditor,
  tabWhen,
  workspaceFile,
} from './support';

const DRAFT = 'drafts/library-opening-hours-draft.report.md';
const SCRUTINY = 'scrutiny/school-exclusions-task-group.report.md';
const MINUTES = 'minutes/cyp-scrutiny-2026-06-18.minutes.md';

/** The checks samples/README.md says the draft's deliberate mistakes trigger (18 mistakes, 16 codes). */
const DRAFT_CODES = [
  'acronym-undefined',
  'appendix-ref',
  'front-matter-schema',
  'front-matter-unknown-key',
  'heading-levels',
  'para-sequence',
  'placeholder-left',
  'ref-malformed',
  'ref-unknown-document',
  'ref-unresolved',
  'section-duplicate',
  'section-empty',
  'section-missing',
  'section-none-without-reason',
  'section-order',
  'summary-length',
];

describe('The Committee Reports extension in VS Code', () => {
  afterEach(revertActiveEditor);

  it('activates and gives report files the Committee Report language @smoke', async () => {
    const editor = await openFile(DRAFT);
    assert.equal(editor.document.languageId, 'committee-report');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    // Against the .vsix, the extension must be the installed one, not the sources.
    const installedUnder = process.env[EXTENSION_ROOT_VARIABLE];
    if (installedUnder)
      assert.ok(extension.extensionPath.startsWith(installedUnder), `loaded from ${extension.extensionPath}`);
  });

  it("shows the draft report's deliberate mistakes in Problems, with their check codes @smoke", async () => {
    const uri = workspaceFile(DRAFT);
    await openFile(DRAFT);
    const diagnostics = await diagnosticsWhen(uri, (found) => found.length >= 18);
    assert.deepEqual([...new Set(codesOf(diagnostics))].sort(), DRAFT_CODES);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'committee-reports'));
  });

  it('inserts a missing Equality Duty section with the quick fix, and the problem goes @smoke', async () => {
    const uri = workspaceFile(DRAFT);
    const editor = await openFile(DRAFT);
    const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('section-missing'));
    const missing = diagnostics.find((diagnostic) => codesOf([diagnostic])[0] === 'section-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      missing.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const insert = actions.find((action) => /equality/i.test(action.title));
    assert.ok(
      insert?.edit,
      `no quick fix to insert the section among: ${actions.map((action) => action.title).join('; ')}`,
    );
    assert.equal(await vscode.workspace.applyEdit(insert.edit), true);
    assert.match(editor.document.getText(), /^#+ .*Equality/im);
    // The standard wording ends "… because …": the section is no longer missing, but its fill-in is reported until written.
    const heading = editor.document.positionAt(editor.document.getText().search(/^#+ Equality Duty/m));
    const after = await diagnosticsWhen(
      uri,
      (found) =>
        !codesOf(found).includes('section-missing') &&
        found.some(
          (d) =>
            d.code === 'placeholder-left' &&
            d.range.start.line > heading.line &&
            d.range.start.line <= heading.line + 3,
        ),
    );
    assert.ok(after.length > 0);
  });

  it("turns the draft's backwards range round with the quick fix, and the problem goes", async () => {
    const uri = workspaceFile(DRAFT);
    const editor = await openFile(DRAFT);
    const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('ref-malformed'));
    const malformed = diagnostics.find((diagnostic) => codesOf([diagnostic])[0] === 'ref-malformed')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      malformed.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const turn = actions.find((action) => action.title === 'Write the range as F1-F3');
    assert.ok(turn?.edit, `no quick fix to turn the range round among: ${actions.map((a) => a.title).join('; ')}`);
    assert.equal(await vscode.workspace.applyEdit(turn.edit), true);
    assert.match(editor.document.lineAt(malformed.range.start.line).text, /\[F1-F3\]/);
    await diagnosticsWhen(uri, (found) => !codesOf(found).includes('ref-malformed'));
  });

  it('adds an acronym to a new .committee-reports.yaml with the quick fix, and the warning goes @smoke', async () => {
    const uri = workspaceFile(DRAFT);
    const config = workspaceFile('.committee-reports.yaml');
    await openFile(DRAFT);
    const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('acronym-undefined'));
    const acronym = diagnostics.find((diagnostic) => codesOf([diagnostic])[0] === 'acronym-undefined')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      acronym.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const add = actions.find((action) => /known acronyms/i.test(action.title));
    assert.ok(add?.edit, `no quick fix to add the acronym among: ${actions.map((action) => action.title).join('; ')}`);
    try {
      assert.equal(await vscode.workspace.applyEdit(add.edit), true);
      const created = await vscode.workspace.openTextDocument(config);
      assert.match(created.getText(), /^acronyms: \[FTE\]/m);
      assert.equal(await created.save(), true);
      await diagnosticsWhen(uri, (found) => !codesOf(found).includes('acronym-undefined'));
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    // Without the config the defaults apply again.
    await diagnosticsWhen(uri, (found) => codesOf(found).includes('acronym-undefined'));
  });

  it('outlines a scrutiny report by its sections, with findings inside them', async () => {
    const editor = await openFile(SCRUTINY);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const all = flatten(symbols);
    const findings = all.find((symbol) => /^Findings/i.test(symbol.name));
    assert.ok(findings, `no Findings section in the outline: ${all.map((symbol) => symbol.name).join(', ')}`);
    assert.ok(
      flatten(findings.children).some((symbol) => symbol.name.startsWith('F1')),
      'F1 is not inside Findings',
    );
    assert.ok(
      all.some((symbol) => symbol.name.startsWith('R1')),
      'R1 is not in the outline',
    );
  });

  it("goes from a resolution's citation in the minutes to the recommendation in the report", async () => {
    const editor = await openFile(MINUTES);
    const citation = editor.document.getText().match(/\[school-exclusions-tg-2026:R(\d+)/);
    assert.ok(citation, 'the minutes cite no recommendation of the task group report');
    const position = positionOf(editor.document, citation[0], citation[0].length - 1);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      position,
    );
    assert.equal(locations.length, 1);
    const target = locations[0]!;
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.equal(uri.path.endsWith(SCRUTINY), true, `went to ${uri.path}`);
  });

  it('completes IDs after an opening bracket, with their text', async () => {
    const editor = await openFile(SCRUTINY);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\nSee [F'));
    const position = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
      '[',
    );
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    // The checker's items are references with the finding's text; VS Code's own word completions are not.
    const f1 = completions.items.find(
      (item) => item.label === 'F1' && item.kind === vscode.CompletionItemKind.Reference,
    );
    assert.ok(f1, `F1 not offered by the checker: ${labels.slice(0, 20).join(', ')}`);
    assert.ok(typeof f1.detail === 'string' && f1.detail.length > 0, 'F1 is offered without its text');
  });

  it('expands the finding snippet in a report', async () => {
    const editor = await openFile(SCRUTINY);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'committee-report',
      name: 'Finding',
    });
    assert.match(editor.document.getText().slice(-200), /\*\*F\d+\*\*/);
  });

  it('opens a new scrutiny report from its template, every fill-in of which the checker reports', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('committeeReports.newReport', 'scrutiny');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'committee-report');
    assert.match(editor.document.getText(), /^---\ntype: scrutiny\n/);
    assert.match(editor.document.getText(), /^#+ Findings/m);
    // A citation of a finding that does not exist proves the checker has read the whole document.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\nSee [F99].\n'));
    const diagnostics = await diagnosticsWhen(editor.document.uri, (found) =>
      codesOf(found).includes('ref-unresolved'),
    );
    // Every fill-in is a warning until it is changed; a date or list not yet given is also not yet a valid value; nothing else is wrong.
    assert.deepEqual([...new Set(codesOf(diagnostics))].sort(), [
      'front-matter-schema',
      'placeholder-left',
      'ref-unresolved',
    ]);
    assert.ok(
      codesOf(diagnostics).filter((code) => code === 'placeholder-left').length >= 15,
      codesOf(diagnostics).join(', '),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens the preview beside the report, with IDs as anchors and references as links @smoke', async () => {
    await openFile(SCRUTINY);
    const html = await vscode.commands.executeCommand<string>('committeeReports.openPreviewToSide');
    assert.match(html, /<a class="cr-definition" id="school-exclusions-tg-2026--F1">F1<\/a>/);
    assert.match(html, /<a class="cr-reference" href="#school-exclusions-tg-2026--F\d+"/);
    await tabWhen((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Preview'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("previews a document of another workspace folder with the marks its own folder's config makes, as its diagnostics have it", async () => {
    // council-b's config makes A an action; council-a's, an earlier folder's, makes C a conclusion instead.
    const uri = folderFile('council-b', 'actions.report.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsWhen(uri, (found) => codesOf(found).includes('ref-unresolved'));
    const html = await vscode.commands.executeCommand<string>('committeeReports.openPreviewToSide');
    await tabWhen((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === 'Preview actions.report.md');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const defined = new Set([...html.matchAll(/class="cr-definition" id="([^"]+)"/g)].map((match) => match[1]));
    assert.deepEqual([...defined].sort(), ['council-b-actions--A1', 'council-b-actions--A2', 'council-b-actions--R1']);
    // No link leads to an ID this document does not define: each reference the checker cannot resolve is drawn broken instead.
    const dangling = [...html.matchAll(/class="cr-reference" href="#([^"]+)"/g)].filter(
      (match) => !defined.has(match[1]),
    );
    assert.deepEqual(dangling, []);
    const unresolved = diagnostics.filter((diagnostic) => codesOf([diagnostic])[0] === 'ref-unresolved');
    assert.deepEqual(
      unresolved.map((diagnostic) => editor.document.getText(diagnostic.range)),
      ['[A9]'],
    );
    const broken = [
      ...html.matchAll(
        /<span class="cr-reference cr-broken" data-line="(\d+)" data-character="(\d+)" title="([^"]*)">A9</g,
      ),
    ];
    assert.equal(broken.length, 1, html);
    const [, line, character, title] = broken[0]!;
    assert.ok(unresolved[0]!.range.contains(new vscode.Position(Number(line), Number(character))));
    // Its tooltip is what the Problems panel says of it.
    assert.equal(unescapeHtml(title!), unresolved[0]!.message);
  });

  it('opens the preview with the front sheet of the report from its front matter @smoke', async () => {
    await openFile(SCRUTINY);
    const html = await vscode.commands.executeCommand<string>('committeeReports.openPreviewToSide');
    await tabWhen((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Preview'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const header = /^<header class="cr-front-matter code-line" data-line="0">([^]*?)<\/header>/.exec(html)?.[1];
    assert.ok(header, html.slice(0, 400));
    assert.match(
      header,
      /<th scope="row">Committee<\/th><td>Children and Young People's Services Scrutiny Committee<\/td>/,
    );
    assert.match(header, /<th scope="row">Meeting date<\/th><td>18 June 2026<\/td>/);
    assert.match(
      header,
      /<th scope="row">Contact officer<\/th><td>Ruth Penhaligon<br><a href="mailto:ruth.penhaligon@northshire.gov.uk">/,
    );
    assert.doesNotMatch(header, /cr-exempt/);
  });

  it('shows each finding of the task group report with the recommendations and resolutions acting on it @smoke', async () => {
    const extension = vscode.extensions.getExtension<{ traceability: TraceTree }>(EXTENSION_ID)!;
    const tree = (await extension.activate()).traceability;
    const documents = await tree.getChildren();
    const report = documents.find((node) => node.uri.endsWith(SCRUTINY));
    assert.ok(report, `the task group report is not in the tree: ${documents.map((node) => node.label).join('; ')}`);
    const f1 = report.children.find((node) => node.label.startsWith('F1 '));
    assert.ok(f1, `F1 is not under the report: ${report.children.map((node) => node.label).join('; ')}`);
    const r1 = f1.children.find((node) => node.label.startsWith('R1 '));
    assert.ok(r1, 'R1, which cites F1, is not under F1');
    assert.ok(
      r1.children.some((node) => node.uri.endsWith(MINUTES) && node.label.startsWith('R')),
      "the minutes' resolution on R1 is not under R1",
    );
    const item = tree.getTreeItem(f1);
    assert.equal(item.command?.command, 'vscode.open');
    // What a click on the finding's code lens does: show it in the tree.
    const editor = await openFile(SCRUTINY);
    const line = positionOf(editor.document, '**F1**').line;
    assert.equal(
      await vscode.commands.executeCommand(
        'committeeReports.traceability.reveal',
        editor.document.uri.toString(),
        line,
      ),
      true,
    );
  });

  it('shows an overdue recommendation by its ID, short title and status, its same-meeting referral named as such, and the detail on hover', async () => {
    const extension = vscode.extensions.getExtension<{ traceability: TraceTree }>(EXTENSION_ID)!;
    const tree = (await extension.activate()).traceability;
    const report = (await tree.getChildren()).find((node) => node.uri.endsWith(SCRUTINY))!;
    const r1 = report.children.flatMap((finding) => finding.children).find((node) => node.label.startsWith('R1 '));
    assert.ok(r1, 'R1 is not under a finding of the task group report');
    // The sample's response was due on 17 September 2026 (its response_due) and no later paper answers it.
    const item = tree.getTreeItem(r1);
    assert.equal(item.label, 'R1 Asks the Director of Education to agree…');
    assert.equal(item.description, 'overdue since 17 Sep 2026');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal(item.iconPath.id, 'warning');
    assert.ok(item.tooltip instanceof vscode.MarkdownString, 'the tooltip is not Markdown');
    assert.match(item.tooltip.value, /\*\*Status:\*\* overdue, only referred on so far, which is not the response/);
    assert.match(item.tooltip.value, /\*\*Response due:\*\* 17 September 2026/);
    assert.match(item.tooltip.value, /\*\*Addressed to:\*\* Cabinet Member for Education and Skills/);
    const referral = r1.children.find((node) => node.uri.endsWith(MINUTES))!;
    assert.equal(
      tree.getTreeItem(referral).description,
      'referred to the Cabinet Member for Education and Skills 18 Jun 2026',
    );
  });

  it('shows only what needs attention when filtered: no row whose branch is all acted on', async () => {
    const extension = vscode.extensions.getExtension<{ traceability: TraceTree }>(EXTENSION_ID)!;
    const tree = (await extension.activate()).traceability;
    await vscode.commands.executeCommand('committeeReports.traceability.showNeedsAttention');
    try {
      const documents = await tree.getChildren();
      const settled = (node: TraceNode): boolean =>
        (node.status === undefined || !NEEDS_ATTENTION.includes(node.status)) && node.children.every(settled);
      const rows = documents.flatMap(function all(node): TraceNode[] {
        return [node, ...node.children.flatMap(all)];
      });
      assert.deepEqual(
        rows.filter((node) => node.status !== undefined && settled(node)).map((node) => node.label),
        [],
      );
      assert.ok(
        rows.some((node) => node.status === 'overdue'),
        'the overdue recommendations are not shown',
      );
      const withChildren = rows.filter((node) => node.children.length > 0 && node.status !== undefined);
      for (const node of withChildren)
        assert.equal(
          tree.getTreeItem(node).collapsibleState,
          vscode.TreeItemCollapsibleState.Expanded,
          `${node.label} is on the way to something needing attention, but collapsed`,
        );
    } finally {
      await vscode.commands.executeCommand('committeeReports.traceability.showAll');
    }
  });

  it("puts a command on each finding's code lens that shows the finding in Findings and Resolutions", async () => {
    const editor = await openFile(SCRUTINY);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
    );
    const f1Line = positionOf(editor.document, '**F1**').line;
    const lens = lenses.find((candidate) => candidate.range.start.line === f1Line);
    assert.ok(lens?.command, 'no code lens on F1');
    assert.match(lens.command.title, /cited by/i);
    assert.equal(lens.command.command, 'committeeReports.traceability.reveal');
  });

  it('exports a clean report to HTML in export/, and refuses the draft for its errors @smoke', async () => {
    // The command asks nothing and shows nothing when called with { interactive: false } (docs/decisions.md).
    const exportActive = () =>
      vscode.commands.executeCommand<{ written?: string; refused?: { reason: string } }>(
        'committeeReports.exportHtml',
        { interactive: false },
      );
    const folder = path.join(workspaceFile('').fsPath, 'export');
    try {
      await openFile(SCRUTINY);
      const written = await exportActive();
      const file = path.join(folder, 'school-exclusions-task-group.html');
      assert.equal(written?.written, vscode.Uri.file(file).toString());
      assert.match(fs.readFileSync(file, 'utf8'), /<html lang="en-GB">/);
      await openFile(DRAFT);
      await diagnosticsWhen(workspaceFile(DRAFT), (found) => found.length >= 18);
      const refused = await exportActive();
      assert.equal(refused?.refused?.reason, 'errors');
      assert.equal(fs.existsSync(path.join(folder, 'library-opening-hours-draft.html')), false);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exports the clean report to Word and to PDF from their own commands @smoke', async () => {
    const folder = path.join(workspaceFile('').fsPath, 'export');
    try {
      await openFile(SCRUTINY);
      for (const [command, extension, magic] of [
        ['committeeReports.exportWord', 'docx', 'PK'],
        ['committeeReports.exportPdf', 'pdf', '%PDF-'],
      ] as const) {
        const result = await vscode.commands.executeCommand<{ written?: string; refused?: { message: string } }>(
          command,
          { interactive: false },
        );
        const file = path.join(folder, `school-exclusions-task-group.${extension}`);
        assert.equal(result?.written, vscode.Uri.file(file).toString(), result?.refused?.message);
        assert.equal(fs.readFileSync(file).subarray(0, magic.length).toString('latin1'), magic);
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives the checker its storage for this workspace, where the checker keeps its index of every checked file', async () => {
    await openFile(DRAFT);
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { indexFolder?: string };
    assert.ok(api.indexFolder, 'the extension gave the checker no folder for its index');
    const index = path.join(api.indexFolder, 'index.cache');
    // Written once every document is indexed; the folder may not be there before.
    fs.mkdirSync(api.indexFolder, { recursive: true });
    assert.ok(
      await fileAppears(index, 40_000),
      `${index} was not written; the folder holds ${JSON.stringify(fs.readdirSync(api.indexFolder))}`,
    );
    const uris = indexedUris(fs.readFileSync(index, 'utf8'));
    assert.ok(uris.length >= 8, `only ${uris.length} files`);
    assert.ok(
      uris.some((uri) => uri.endsWith('/drafts/library-opening-hours-draft.report.md')),
      'the draft is not in the index',
    );
  });

  it('restarts the checker on request, and the problems come back from the new one', async () => {
    const uri = workspaceFile(DRAFT);
    await openFile(DRAFT);
    // Every kind of problem the draft has, not a count: a publish part-way (or an earlier test's edit
    // still being undone) can reach the count without them all.
    const complete = (found: readonly vscode.Diagnostic[]) =>
      DRAFT_CODES.every((code) => codesOf(found).includes(code));
    await diagnosticsWhen(uri, complete);
    // The old server's problems are withdrawn when it stops; the new one publishes them again.
    const withdrawn = diagnosticsWhen(uri, (found) => found.length === 0);
    await vscode.commands.executeCommand('committeeReports.restartServer');
    await withdrawn;
    const again = await diagnosticsWhen(uri, complete);
    assert.deepEqual([...new Set(codesOf(again))].sort(), DRAFT_CODES);
  });

  // Last: leaves the workbench as the screenshot shows it.
  it('leaves the draft open with Problems and the Outline showing, for the screenshot', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openFile(DRAFT);
    await diagnosticsWhen(editor.document.uri, (found) => found.length >= 18);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('outline.focus');
    const shown = await vscode.window.showTextDocument(editor.document);
    // The recommendations: coloured IDs, references and squiggles under the mistakes.
    const recommendations = positionOf(shown.document, '## Recommendations');
    shown.revealRange(new vscode.Range(recommendations, recommendations), vscode.TextEditorRevealType.AtTop);
    shown.selection = new vscode.Selection(recommendations, recommendations);
  });
});

/** The parts of the extension's Findings and Resolutions tree the test reads. */
interface TraceNode {
  readonly label: string;
  readonly uri: string;
  readonly status?: string;
  readonly children: readonly TraceNode[];
}
/** As client/src/traceability/nodes.ts has them. */
const NEEDS_ATTENTION = ['not-addressed', 'overdue', 'awaiting-response', 'responded-late'];
interface TraceTree {
  getChildren(node?: TraceNode): Promise<TraceNode[]> | TraceNode[];
  getTreeItem(node: TraceNode): vscode.TreeItem;
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

/** An HTML attribute's text as written before it was escaped. */
function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The URIs an index file holds. Its layout (see test/support/cache-file.ts,
 * outside this suite's build): a marker line, a JSON header whose `files` is
 * the number of files, then one JSON head line `[uri, hash, stamp]` per file.
 */
function indexedUris(text: string): string[] {
  const lines = text.split('\n');
  const count = (JSON.parse(lines[1]!) as { files: number }).files;
  return lines.slice(2, 2 + count).map((line) => (JSON.parse(line) as [string])[0]);
}
