// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', 'dist/**', 'node_modules/**', 'bench/.corpus/**', 'bench/results/**', '.tools/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', __filename: 'readonly', performance: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The preview's script runs in a VS Code webview, a browser page.
    files: ['client/media/**/*.js'],
    languageOptions: { globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly', Element: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The analysis is pure: it gets text and returns data. Files, processes and the
    // protocol belong to the CLI and the server, which are thin layers over it.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'node:*', 'fs/*', 'path', 'child_process', 'os', 'worker_threads', 'net', 'http', 'https'], message: 'The core is pure: no file system, processes or network. Pass data in from the CLI or the server.' },
            { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The core knows nothing of LSP or VS Code: convert types in server/src/lsp.' },
            { group: ['**/cli/**', '**/lsp/**'], message: 'The core must not depend on the layers above it.' },
          ],
        },
      ],
    },
  },
);
