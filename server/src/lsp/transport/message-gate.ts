import { ErrorCodes, Message, type RequestMessage, type ResponseMessage } from 'vscode-languageserver';
import { z } from 'zod';
import { PreviewRequest } from '../../protocol';

/** What to do with a message from the client before any handler sees it. */
export type Verdict =
  | { readonly kind: 'pass' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'answer'; readonly response: ResponseMessage };

const PASS: Verdict = { kind: 'pass' };
const DROP: Verdict = { kind: 'drop' };

const position = z.object({ line: z.number().int(), character: z.number().int() });
const range = z.object({ start: position, end: position });
const aboutDocument = z.object({ textDocument: z.object({ uri: z.string() }) });
const atPosition = aboutDocument.extend({ position });

/**
 * The shape of the parameters each request this server answers must have.
 * The handlers destructure their parameters; without this, a client that
 * sends none gets InternalError from a TypeError instead of InvalidParams.
 * Only what the handlers read is required; anything more passes.
 */
const REQUEST_PARAMS: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['textDocument/documentSymbol', aboutDocument],
  ['textDocument/foldingRange', aboutDocument],
  ['textDocument/codeLens', aboutDocument],
  ['textDocument/hover', atPosition],
  ['textDocument/definition', atPosition],
  ['textDocument/documentHighlight', atPosition],
  ['textDocument/completion', atPosition],
  ['textDocument/prepareRename', atPosition],
  ['textDocument/references', atPosition.extend({ context: z.object({ includeDeclaration: z.boolean() }) })],
  ['textDocument/rename', atPosition.extend({ newName: z.string() })],
  [
    'textDocument/codeAction',
    aboutDocument.extend({ range, context: z.object({ only: z.array(z.string()).optional() }) }),
  ],
  ['workspace/symbol', z.object({ query: z.string() })],
  [PreviewRequest.method, aboutDocument],
]);

/**
 * Stands between the client and the handlers, as the protocol asks of a
 * server: a request before `initialize` is answered ServerNotInitialized and
 * a notification before it is dropped (except `exit`); a request whose
 * parameters lack what its handler reads is answered InvalidParams.
 */
export class MessageGate {
  private initializeSeen = false;
  /** Whether the client has asked the server to shut down, so that an exit or a closed input ends with code 0. */
  shutdownRequested = false;

  judge(message: Message): Verdict {
    if (Message.isRequest(message)) return this.judgeRequest(message);
    if (Message.isNotification(message)) return this.initializeSeen || message.method === 'exit' ? PASS : DROP;
    return PASS;
  }

  private judgeRequest(request: RequestMessage): Verdict {
    if (request.method === 'initialize') this.initializeSeen = true;
    else if (!this.initializeSeen)
      return answer(
        request,
        ErrorCodes.ServerNotInitialized,
        `The server has not been initialized: send initialize before ${request.method}.`,
      );
    if (request.method === 'shutdown') this.shutdownRequested = true;
    const problem = paramsProblem(request);
    return problem === undefined
      ? PASS
      : answer(
          request,
          ErrorCodes.InvalidParams,
          `The parameters of ${request.method} are not as the protocol says: ${problem}.`,
        );
  }
}

function paramsProblem(request: RequestMessage): string | undefined {
  const schema = REQUEST_PARAMS.get(request.method);
  if (!schema) return undefined;
  const result = schema.safeParse(request.params);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return issue.path.length === 0
    ? 'they are missing or not an object'
    : `${issue.path.join('.')} is missing or has the wrong type`;
}

function answer(request: RequestMessage, code: number, message: string): Verdict {
  return { kind: 'answer', response: { jsonrpc: '2.0', id: request.id, error: { code, message } } };
}
