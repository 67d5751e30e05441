import type { ParsedDocument } from '../document';
import type { Requirement } from './template';

/** Whether a template section with this requirement must be in the document (`section-missing`, hovers, completion). */
export function isRequired(requirement: Requirement, document: ParsedDocument): boolean {
  switch (requirement) {
    case 'required':
      return true;
    case 'optional':
      return false;
    case 'if-decision':
      return document.data['purpose'] === 'decision';
    case 'if-exempt': {
      const exempt = document.data['exempt'];
      return exempt !== undefined && exempt !== null && exempt !== false;
    }
    case 'unless-item': {
      // Any value counts: a malformed `item` is front-matter-schema's to report, not a reason to ask for the whole meeting.
      const item = document.data['item'];
      return item === undefined || item === null;
    }
  }
}
