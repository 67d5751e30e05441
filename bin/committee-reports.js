#!/usr/bin/env node
'use strict';
// A shim: the CLI is TypeScript compiled to server/out (npm run build).
let cli;
try {
  cli = require('../server/out/cli/main.js');
} catch (error) {
  const notBuilt = error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('server/out/cli/main.js');
  process.stderr.write(
    notBuilt
      ? 'committee-reports: the command line tool has not been built; run npm run build first\n'
      : `committee-reports: could not start (${error && error.message ? String(error.message).split('\n')[0] : error}); reinstall or rebuild committee-reports\n`,
  );
  process.exit(2);
}
cli.main(process.argv);
