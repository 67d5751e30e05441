import type { TraceFormat } from './args';
import { formatTraceCsv } from './trace-csv';
import { formatTraceJson } from './trace-json';
import { formatTraceMarkdown } from './trace-markdown';
import type { TraceOutcome } from './trace-model';
import { formatTraceText } from './trace-text';

export function renderTrace(outcome: TraceOutcome, format: TraceFormat): string {
  switch (format) {
    case 'text':
      return formatTraceText(outcome);
    case 'markdown':
      return formatTraceMarkdown(outcome);
    case 'csv':
      return formatTraceCsv(outcome);
    case 'json':
      return formatTraceJson(outcome);
  }
}
