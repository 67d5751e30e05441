'use strict';
// Starts a command compiled to server/out (npm run build), or says in one line why it cannot.
module.exports = function launch(name, compiledPath, start) {
  let entry;
  try {
    entry = require(compiledPath);
  } catch (error) {
    const notBuilt = error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiledPath);
    process.stderr.write(
      notBuilt
        ? `${name}: it has not been built; run npm run build first\n`
        : `${name}: could not start (${error && error.message ? String(error.message).split('\n')[0] : error}); reinstall or rebuild committee-reports\n`,
    );
    process.exit(2);
  }
  start(entry);
};
