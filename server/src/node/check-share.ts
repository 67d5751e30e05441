import { Workspace, defaultConfig, loadConfig, type Diagnostic, type DocumentLinks } from '../core';
import type { FileToCheck, ReadFailure } from './check-protocol';
import { describeReadError, readText } from './read-text';

/**
 * One thread's share of a check: parse some files, then, once the links of
 * every other file are known, check the ones to report.
 */
export class CheckShare {
  private readonly workspace: Workspace;
  private readonly files: readonly FileToCheck[];
  readonly failures: ReadFailure[] = [];

  constructor(configText: string | undefined, configUri: string, files: readonly FileToCheck[]) {
    this.workspace = new Workspace(configText === undefined ? defaultConfig() : loadConfig(configText, configUri).config);
    this.files = files;
  }

  parse(): DocumentLinks[] {
    const links: DocumentLinks[] = [];
    for (const file of this.files) {
      let text: string;
      try {
        text = readText(file.path);
      } catch (error) {
        this.failures.push({ path: file.path, reason: describeReadError(error) });
        continue;
      }
      this.workspace.setDocument(file.uri, text);
      links.push(this.workspace.linksOf(file.uri)!);
    }
    return links;
  }

  check(otherLinks: readonly DocumentLinks[]): { uri: string; diagnostics: Diagnostic[] }[] {
    for (const links of otherLinks) this.workspace.setLinks(links);
    return this.files.filter((file) => file.report && this.workspace.getDocument(file.uri)).map((file) => ({ uri: file.uri, diagnostics: this.workspace.diagnostics(file.uri) }));
  }
}
