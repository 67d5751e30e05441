import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The preview page: the rendered body, the theme-aware stylesheet and the
 * script that takes updates, reports clicks and scrolls with the editor,
 * starting at `initialLine`, the editor's top line. The content security policy
 * lets in only our own stylesheet and our one script (by nonce); images may
 * come from the web, as in VS Code's Markdown preview.
 */
export function previewPage(webview: vscode.Webview, media: vscode.Uri, body: string, initialLine = 0): string {
  const nonce = randomBytes(16).toString('base64');
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const policy = [
    "default-src 'none'",
    `img-src ${webview.cspSource} https: data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
</head>
<body data-initial-line="${initialLine}">
<main id="content">${body}</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
