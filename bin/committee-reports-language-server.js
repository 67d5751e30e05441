#!/usr/bin/env node
'use strict';
// Usage: committee-reports-language-server --stdio (or --node-ipc, --socket=PORT)
const path = require('node:path');
require('./launch')(
  'committee-reports-language-server',
  path.join(__dirname, '../server/out/lsp/main.js'),
  (server) => server.main(),
  path.join(__dirname, '../dist/server.js'),
);
