import type { ResolvedConfig } from './config';
import type { DocumentType } from './types';

/** What an ID kind stands for in a document: in minutes, an `R` is a resolution. */
export function kindName(kind: string, type: DocumentType, config: ResolvedConfig): string {
  const name = config.kinds.get(kind) ?? 'item';
  return type === 'minutes' && name === 'recommendation' ? 'resolution' : name;
}

export function isFindingKind(kind: string, config: ResolvedConfig): boolean {
  return config.kinds.get(kind) === 'finding';
}
