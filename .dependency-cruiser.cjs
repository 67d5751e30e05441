// @ts-check
/**
 * The import rules of the design, checked by dependency-cruiser in `npm run lint`:
 * a pure core; the server's LSP layer and the command line on top of it, apart
 * from each other; a protocol module that both sides of the wire share; and an
 * extension client that speaks to the server only through that protocol.
 *
 * Paths are as dependency-cruiser reports them: relative to the repository, `/`-separated.
 * The package exports no entry for the core, but a self-reference by its own name
 * (`committee-reports/...`) is matched by name too, in case one is ever added.
 */

const CORE = '^server/src/core/';
const PROTOCOL = '^server/src/protocol/';
const LSP = '^server/src/lsp/';
const CLI = '^server/src/cli/';
const NODE = '^server/src/node/';
const CLIENT = '^client/';
/** Anything of this repository's server, compiled or not, or the package's own name for it. */
const SERVER = '^(server/|committee-reports(/|$))';
/** The editor and the language server protocol's libraries, wherever node_modules is. */
const EDITOR_PACKAGES =
  '(^|node_modules/)(@types/)?(vscode|vscode-languageserver[^/]*|vscode-languageclient|vscode-jsonrpc)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-layer-above-it',
      comment:
        'The core is the pure analysis that the language server, the command line and the tests all call: it gets text and returns data. Knowing of any of them would tie it to one. Pass what it needs in as data.',
      severity: 'error',
      from: { path: CORE },
      to: { path: [LSP, CLI, NODE, PROTOCOL, CLIENT] },
    },
    {
      name: 'core-imports-no-node-built-ins',
      comment:
        'The core is pure: no file system, processes or network, so it runs the same under the server, the command line, a test or a browser. Read files in server/src/node and pass the text in.',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-knows-no-editor-or-lsp',
      comment:
        'The core knows nothing of VS Code or the language server protocol: the LSP layer (server/src/lsp) converts its types.',
      severity: 'error',
      from: { path: CORE },
      to: { path: EDITOR_PACKAGES },
    },
    {
      name: 'protocol-imports-nothing-of-ours-at-run-time',
      comment:
        "The protocol is what crosses the wire, shared by the server and the extension client: anything of ours it loaded would be bundled into the client. Only type-only imports (erased by the compiler) of the core's model are allowed.",
      severity: 'error',
      from: { path: PROTOCOL },
      to: { path: [SERVER, CLIENT], pathNot: PROTOCOL, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'protocol-types-come-from-the-core-only',
      comment:
        "The protocol describes the core's data as it crosses the wire; the server's layers and the client build on the protocol, not the other way round.",
      severity: 'error',
      from: { path: PROTOCOL },
      to: { path: [LSP, CLI, NODE, CLIENT] },
    },
    {
      name: 'client-imports-only-the-protocol-of-the-server',
      comment:
        'The extension speaks to the server only through the language server protocol and our requests in server/src/protocol; the analysis runs in the server, which holds the parsed documents and the right config, and stays out of the client bundle.',
      severity: 'error',
      from: { path: CLIENT },
      to: { path: SERVER, pathNot: PROTOCOL },
    },
    {
      name: 'server-imports-no-client',
      comment: 'The server and the command line run without VS Code; the client is built on them, not they on it.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: CLIENT },
    },
    {
      name: 'cli-and-lsp-apart',
      comment:
        'The command line and the language server are two thin layers over the core, side by side: neither imports the other. What both need belongs in the core (analysis) or in server/src/node (files).',
      severity: 'error',
      from: { path: '^server/src/(cli|lsp)/' },
      // $1 is the folder the import is from: the other of the two is forbidden.
      to: { path: [CLI, LSP], pathNot: '^server/src/$1/' },
    },
    {
      name: 'node-imports-no-cli-or-lsp',
      comment:
        'server/src/node holds the file system helpers that the command line and the language server share, so it depends on neither.',
      severity: 'error',
      from: { path: NODE },
      to: { path: [CLI, LSP] },
    },
    {
      name: 'no-cycles',
      comment:
        'A cycle makes the modules in it one unit: none can be understood, tested or moved alone, and load order decides what is undefined at start-up. Move what both sides need into a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count too: a cycle of types is still a cycle for a reader, and the protocol rule tells them apart.
    tsPreCompilationDeps: true,
    // Resolves the package's own name (`committee-reports/core`) as Node does, through package.json's exports.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
    // Compiled output and libraries are where an edge ends, not more graph.
    doNotFollow: { path: ['node_modules', '(^|/)out/'] },
  },
};
