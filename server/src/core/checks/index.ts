import { isWorkspaceCheck, type CheckInfo, type DocumentCheck, type WorkspaceCheck } from './check';
import { acronymUndefined } from './acronym-undefined';
import { appendixRef } from './appendix-ref';
import { exemptConsistency } from './exempt-consistency';
import { headingLevels } from './heading-levels';
import { imageAltMissing } from './image-alt-missing';
import { paraSequence } from './para-sequence';
import { placeholderLeft } from './placeholder-left';
import { sentenceRepeated } from './sentence-repeated';
import { summaryLength } from './summary-length';
import { tableHeaderMissing } from './table-header-missing';
import { configInvalid } from './config-invalid';
import { encodingInvalid } from './encoding-invalid';
import { fileNotChecked } from './file-not-checked';
import { documentIdDuplicate } from './document-id-duplicate';
import { findingUnaddressed } from './finding-unaddressed';
import { frontMatter } from './front-matter';
import { frontMatterSchema } from './front-matter-schema';
import { frontMatterUnknownKey } from './front-matter-unknown-key';
import { idDuplicate } from './id-duplicate';
import { idSequence } from './id-sequence';
import { recommendationUncited } from './recommendation-uncited';
import { refMalformed } from './ref-malformed';
import { refUnknownDocument } from './ref-unknown-document';
import { refUnresolved } from './ref-unresolved';
import { sectionAlias } from './section-alias';
import { sectionDuplicate } from './section-duplicate';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionNoneWithoutReason } from './section-none-without-reason';
import { sectionOrder } from './section-order';

/** The checks run on each document, in the order the README lists them. */
export const checksInOrder: readonly (DocumentCheck | WorkspaceCheck)[] = [
  frontMatter,
  frontMatterSchema,
  frontMatterUnknownKey,
  sectionMissing,
  sectionEmpty,
  sectionNoneWithoutReason,
  sectionDuplicate,
  sectionOrder,
  sectionAlias,
  idDuplicate,
  idSequence,
  refUnresolved,
  refMalformed,
  refUnknownDocument,
  documentIdDuplicate,
  findingUnaddressed,
  recommendationUncited,
  appendixRef,
  paraSequence,
  acronymUndefined,
  placeholderLeft,
  exemptConsistency,
  summaryLength,
  headingLevels,
  sentenceRepeated,
  imageAltMissing,
  tableHeaderMissing,
  encodingInvalid,
];

/** The checks of a document alone, which may run as soon as it is read. */
export const documentChecks: readonly DocumentCheck[] = checksInOrder.filter(
  (check): check is DocumentCheck => !isWorkspaceCheck(check),
);

/** The checks that read the other documents too. */
export const workspaceChecks: readonly WorkspaceCheck[] = checksInOrder.filter(isWorkspaceCheck);

/** Every check code, with its default severity and description. */
export const checkRegistry: readonly CheckInfo[] = [...checksInOrder, fileNotChecked, configInvalid].map(
  ({ code, defaultSeverity, description }) => ({
    code,
    defaultSeverity,
    description,
  }),
);
