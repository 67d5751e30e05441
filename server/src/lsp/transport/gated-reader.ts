import type { DataCallback, Disposable, MessageReader, ResponseMessage } from 'vscode-languageserver/node';
import type { MessageGate } from './message-gate';

/**
 * A message reader that passes each message through the gate: the
 * connection sees only what the gate passes, and what it answers itself
 * goes straight back to the client.
 */
export class GatedReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly gate: MessageGate,
    private readonly answer: (response: ResponseMessage) => void,
  ) {}

  get onError(): MessageReader['onError'] {
    return this.inner.onError;
  }

  get onClose(): MessageReader['onClose'] {
    return this.inner.onClose;
  }

  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const verdict = this.gate.judge(message);
      if (verdict.kind === 'pass') callback(message);
      else if (verdict.kind === 'answer') this.answer(verdict.response);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}
