import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { renameId } from '../../core';
import type { Feature } from '../context';

const ONLY_IDS = 'Only the ID of a finding, recommendation or resolution can be renamed here.';

/** Rename an ID everywhere it is defined or cited, or refuse with the reason. */
export const registerRename: Feature = (connection, context) => {
  connection.onPrepareRename(async ({ textDocument, position }) => {
    const found = await context.idAt(textDocument.uri, position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, ONLY_IDS);
    return { range: found.range, placeholder: found.target.id };
  });
  connection.onRenameRequest(async ({ textDocument, position, newName }, token) => {
    const workspace = await context.workspaceUnlessCancelled(token);
    const found = await context.idAt(textDocument.uri, position);
    if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, ONLY_IDS);
    const result = renameId(workspace, found.target, newName);
    if ('refusal' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.refusal);
    return { changes: Object.fromEntries([...result.edits].map(([uri, edits]) => [uri, [...edits]])) };
  });
  return { renameProvider: { prepareProvider: true } };
};
