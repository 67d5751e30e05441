/**
 * Helpers for the Word export's tests: papers exported through the built
 * core, and the parts of the .docx read back as XML (a .docx is a zip).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { Workspace, defaultConfig, exportDocx, type DocxExportOptions, type ParsedDocument } from '../support/core';

export const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');

export const WORKSPACE_ROOT = 'file:///workspace/';

/** A workspace of the given papers (file name → text), under the default config. */
export function workspaceOf(files: Readonly<Record<string, string>>): Workspace {
  const workspace = new Workspace(defaultConfig());
  for (const [name, text] of Object.entries(files)) workspace.setDocument(WORKSPACE_ROOT + name, text);
  return workspace;
}

/** Each sample paper by its path under samples/, in order. */
export function samplePapers(): { name: string; text: string }[] {
  return fs
    .readdirSync(SAMPLES, { recursive: true })
    .map(String)
    .filter((file) => /\.(report|minutes)\.md$/.test(file))
    .sort()
    .map((name) => ({ name: name.split(path.sep).join('/'), text: fs.readFileSync(path.join(SAMPLES, name), 'utf8') }));
}

/** Every sample in one workspace, so a paper citing another names it. */
export function sampleWorkspace(): Workspace {
  return workspaceOf(Object.fromEntries(samplePapers().map(({ name, text }) => [name, text])));
}

export function documentOf(workspace: Workspace, name: string): ParsedDocument {
  const document = workspace.getDocument(WORKSPACE_ROOT + name);
  assert.ok(document, `${name} is not in the workspace`);
  return document;
}

/** The paper `name` of the workspace as a .docx, with its warnings. */
export async function exported(
  workspace: Workspace,
  name: string,
  options: DocxExportOptions = {},
): Promise<{ bytes: Uint8Array; warnings: readonly string[] }> {
  return exportDocx(documentOf(workspace, name), { papers: workspace, ...options });
}

/** One part of a .docx as text, such as word/document.xml; fails the test when it is not there. */
export async function partOf(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  assert.ok(file, `the .docx has no ${part}; it has ${Object.keys(zip.files).join(', ')}`);
  return file.async('string');
}

/** The paragraphs of document XML, each as its style id and its text. */
export function paragraphsOf(xml: string): { style: string | undefined; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([whole, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1],
    text: textOf(inner),
    xml: whole,
  }));
}

/** The text of some WordprocessingML: its w:t elements joined, entities decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decodeXml(text!)).join('');
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** A 2 × 1 PNG (a red pixel and a blue one), small enough to write here. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export const HEADER_TEXT = 'NORTHSHIRE COUNCIL HEADER 7Q';
export const FOOTER_TEXT = 'Northshire footer, OFFICIAL 9Z';

/** A council's template as Word would save one: its own heading style, a header, a footer, and {{body}}. */
export async function councilTemplate(body = '{{body}}'): Promise<Uint8Array> {
  const template = new Document({
    styles: {
      paragraphStyles: [
        {
          id: 'RptHead1',
          name: 'Report Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 40, bold: true, color: '7A0019' },
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(HEADER_TEXT)] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun(FOOTER_TEXT)] })] }) },
        children: [new Paragraph('Before the body'), new Paragraph(body), new Paragraph('After the body')],
      },
    ],
  });
  return Packer.pack(template, 'uint8array');
}
