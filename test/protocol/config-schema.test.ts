/**
 * The config file's JSON Schema as editors use it: yaml-language-server (what
 * the YAML extension for VS Code runs, and what Neovim, Helix and Emacs users
 * start), told through its yaml.schemas setting that
 * schemas/committee-reports.schema.json is the schema of every
 * .committee-reports.yaml. Every config in the repository is accepted; a
 * wrong one is reported on the lines that are wrong, in words an officer
 * understands. Every wait is bounded.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCHEMA = pathToFileURL(path.join(ROOT, 'schemas', 'committee-reports.schema.json')).href;
const YAML_SERVER = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
/** The longest any one answer from the server may take: far more than it needs, far short of a hang. */
const WAIT_MS = 20_000;
/** Folders that hold no config of ours: dependencies, tools, build output, generated corpora. */
const NOT_SEARCHED = new Set(['node_modules', '.git', '.tools', 'out', 'dist', '.corpus', 'results']);
/** A config fixture that is wrong on purpose marks each wrong line so (test/scenarios). */
const EXPECT_INVALID = /#\s*expect:\s*config-invalid/;

interface Diagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
  readonly message: string;
}

/** A promise that fails, saying what it was waiting for, if it has not settled within WAIT_MS. */
function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`yaml-language-server did not ${what} within ${WAIT_MS / 1000} s`)),
      WAIT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** yaml-language-server over stdio, set up as a user of it would: the schema mapped to the config file's name, nothing fetched from the network. */
class YamlLanguageServer {
  private readonly process: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly published = new Map<string, (diagnostics: Diagnostic[]) => void>();
  private schemasSet: Promise<void>;
  private version = 0;

  constructor() {
    this.process = spawn(process.execPath, [YAML_SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    const settings = {
      validate: true,
      completion: true,
      schemas: { [SCHEMA]: ['.committee-reports.yaml', '**/.committee-reports.yaml'] },
      schemaStore: { enable: false },
      kubernetesCRDStore: { enable: false },
    };
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'yaml' ? settings : null)),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; diagnostics: Diagnostic[] }) => this.published.get(params.uri)?.(params.diagnostics),
    );
    // Sent once the server has applied the settings it asked for: only then does it know the schema.
    this.schemasSet = new Promise((resolve) =>
      this.connection.onNotification('yaml/schema/store/initialized', () => resolve()),
    );
    this.connection.onError(() => undefined);
    this.process.stdin!.on('error', () => undefined);
    this.connection.listen();
  }

  async start(): Promise<void> {
    await within(
      'answer initialize',
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(ROOT).href,
        capabilities: { workspace: { configuration: true } },
      }),
    );
    // As the YAML extension for VS Code does: asks the server to say when its schemas are set.
    await this.connection.sendNotification('yaml/supportSchemaSelection');
    await this.connection.sendNotification('initialized', {});
    await within('apply the yaml.schemas setting', this.schemasSet);
  }

  /**
   * Opens a document and returns the diagnostics the server publishes for
   * it, once sure it checked the document against the schema: without that,
   * no diagnostics would prove nothing.
   */
  async check(uri: string, text: string): Promise<Diagnostic[]> {
    const diagnostics = new Promise<Diagnostic[]>((resolve) => this.published.set(uri, resolve));
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++this.version, text },
    });
    try {
      const published = await within(`publish diagnostics for ${uri}`, diagnostics);
      const schemas = (await within(
        'say which schemas a document has',
        this.connection.sendRequest('yaml/get/jsonSchema', uri),
      )) as { uri: string }[];
      assert.deepEqual(
        schemas.map((schema) => schema.uri),
        [SCHEMA],
        `${uri} was not checked against the schema`,
      );
      return published;
    } finally {
      this.published.delete(uri);
      await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  }

  async completions(
    uri: string,
    text: string,
    line: number,
    character: number,
  ): Promise<{ label: string; documentation?: unknown }[]> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++this.version, text },
    });
    const result = await within(
      'answer a completion request',
      this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }),
    );
    return (result as { items: { label: string; documentation?: unknown }[] }).items;
  }

  /** shutdown and exit, and the exit code; the process is killed if it does not end in time. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await within('answer shutdown', this.connection.sendRequest('shutdown'));
      await this.connection.sendNotification('exit');
      return await within('exit', exited);
    } finally {
      this.process.kill('SIGKILL');
      this.connection.dispose();
    }
  }
}

/** Every .committee-reports.yaml in the repository, relative to it. */
function configsInRepository(folder = ROOT): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return NOT_SEARCHED.has(entry.name) ? [] : configsInRepository(path.join(folder, entry.name));
    return entry.isFile() && entry.name === '.committee-reports.yaml'
      ? [path.relative(ROOT, path.join(folder, entry.name))]
      : [];
  });
}

/** The examples of a config in the README and docs/: YAML blocks whose every key is a setting. */
function configExamplesInDocs(settings: readonly string[]): { where: string; text: string }[] {
  const docs = fs.existsSync(path.join(ROOT, 'docs'))
    ? fs
        .readdirSync(path.join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : [];
  return ['README.md', ...docs].flatMap((file) =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].flatMap((block) => {
      let value: unknown;
      try {
        value = parse(block[1]!);
      } catch {
        return [];
      }
      const isConfig =
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).every((key) => settings.includes(key));
      return isConfig ? [{ where: `${file}, the block at character ${block.index}`, text: block[1]! }] : [];
    }),
  );
}

const lines = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((diagnostic) => diagnostic.range.start.line).sort((a, b) => a - b);
const shown = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`).join('\n');

describe("The config file's JSON Schema, in yaml-language-server", function () {
  this.timeout(4 * WAIT_MS);
  let server: YamlLanguageServer;
  /** A config file the editor has open, as a URI the schema's file patterns match, outside the repository's own configs. */
  const configUri = (name: string) =>
    pathToFileURL(path.join(ROOT, 'test', 'protocol', name, '.committee-reports.yaml')).href;

  before(async () => {
    server = new YamlLanguageServer();
    await server.start();
  });

  after(async () => {
    if (server) assert.equal(await server.stop(), 0);
  });

  it('accepts every config in the repository that is meant to be right', async () => {
    const configs = configsInRepository().filter(
      (file) => !EXPECT_INVALID.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    assert.ok(
      configs.includes('.committee-reports.yaml'),
      `the repository's own config was not found among ${configs.join(', ')}`,
    );
    for (const file of configs) {
      const diagnostics = await server.check(
        pathToFileURL(path.join(ROOT, file)).href,
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
      );
      assert.deepEqual(diagnostics, [], `${file}:\n${shown(diagnostics)}`);
    }
  });

  it('accepts every example of a config in the README and docs/', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'committee-reports.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    const examples = configExamplesInDocs(Object.keys(schema.properties));
    assert.ok(examples.length > 0, 'no example of a config was found in the README or docs/');
    for (const [index, example] of examples.entries()) {
      const diagnostics = await server.check(configUri(`example-${index}`), example.text);
      assert.deepEqual(diagnostics, [], `${example.where}:\n${shown(diagnostics)}`);
    }
  });

  it('reports an unknown check, a setting that is not a severity and a value of the wrong type, each on its line', async () => {
    const text = [
      'include: ["**/*.report.md"]',
      'rules:',
      '  section-ordr: off',
      '  id-sequence: loud',
      '  ref-unresolved: false',
      'summary-max-words: lots',
      'max-file-size: 5 GB',
      'kinds:',
      '  A: action',
      '  a: action',
      'acronym: [NHS]',
      '',
    ].join('\n');
    const diagnostics = await server.check(configUri('wrong'), text);
    assert.deepEqual(
      diagnostics
        .map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.message])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
      [
        [3, 'Property section-ordr is not allowed.'],
        [4, 'Value is not accepted. Valid values: "off", "info", "warning", "error", false.'],
        [6, 'summary-max-words must be a whole number above 0, such as 150.'],
        [7, 'max-file-size must be a size such as 5 MB or 500 KB (or a number of bytes).'],
        [10, 'A kind must be one to three capital letters, such as A.'],
        [11, 'Property acronym is not allowed.'],
      ],
      shown(diagnostics),
    );
  });

  it('reports in the custom-config scenario only lines the checker reports too', async () => {
    const file = path.join(ROOT, 'test', 'scenarios', 'custom-config', '.committee-reports.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const marked = text.split('\n').flatMap((line, index) => (EXPECT_INVALID.test(line) ? [index] : []));
    const diagnostics = await server.check(pathToFileURL(file).href, text);
    assert.ok(diagnostics.length > 0, 'nothing was reported');
    // The schema cannot know that a section to put a new one after does not exist; everything it reports, the checker reports.
    assert.deepEqual(
      lines(diagnostics).filter((line) => !marked.includes(line)),
      [],
      shown(diagnostics),
    );
  });

  it('offers every check, with what it finds, to complete under rules', async () => {
    const items = await server.completions(configUri('completion'), 'rules:\n  \n', 1, 2);
    const codes = items.map((item) => item.label);
    for (const code of ['section-order', 'ref-unresolved', 'config-invalid'])
      assert.ok(codes.includes(code), `${code} is not offered: ${codes.join(', ')}`);
    assert.match(
      JSON.stringify(items.find((item) => item.label === 'section-order')?.documentation),
      /comes before a section the template puts ahead of it/,
    );
  });

  it('is found through a modeline, for a config the yaml.schemas setting does not name', async () => {
    const text = `# yaml-language-server: $schema=${SCHEMA}\nsummary-max-words: lots\n`;
    const diagnostics = await server.check(
      pathToFileURL(path.join(ROOT, 'test', 'protocol', 'elsewhere', 'settings.yaml')).href,
      text,
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.message]),
      [[2, 'summary-max-words must be a whole number above 0, such as 150.']],
    );
  });
});
