#!/usr/bin/env node
'use strict';
const path = require('node:path');
require('./launch')(
  'committee-reports',
  path.join(__dirname, '../server/out/cli/main.js'),
  (cli) => cli.main(process.argv),
  path.join(__dirname, '../dist/cli.js'),
);
