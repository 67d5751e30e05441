// Which build is running: shared with the language server's persisted index, so it lives in server/src/node.
export { buildIdentity, packageVersion } from '../node/build-identity';
