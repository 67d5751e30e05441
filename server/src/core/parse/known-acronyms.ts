/**
 * Abbreviations that any reader of a council paper knows without being told,
 * so `acronym-undefined` never asks for them to be spelt out. The GOV.UK style
 * guide says it of UK, EU, VAT and MP; this list is that rule applied.
 *
 * The rule for adding one: a member of the public reading a council paper
 * knows what it stands for, or reads it as a word, without being told (as
 * they know GP, CCTV or OBE). Never a term of local government or of one
 * service, however common among officers (LGA, DfE, SEND, MTFP, S106):
 * a council adds those to `acronyms:` in its `.committee-reports.yaml`.
 *
 * docs/format.md prints this list (`wellKnownAcronymsMarkdown`), and a test
 * keeps the two the same.
 */
export const WELL_KNOWN_ACRONYMS: readonly { readonly group: string; readonly acronyms: readonly string[] }[] = [
  {
    group: 'Countries and bodies',
    acronyms: ['UK', 'GB', 'US', 'USA', 'EU', 'UN', 'NATO', 'NHS', 'BBC', 'RAF', 'DVLA'],
  },
  // Written as words (Ofsted is not an acronym), sometimes in capitals.
  { group: 'Regulators named as words', acronyms: ['OFSTED', 'OFGEM', 'OFWAT', 'OFCOM', 'OFQUAL'] },
  { group: 'Money and time', acronyms: ['VAT', 'GDP', 'GMT', 'BST', 'AM', 'PM'] },
  // Printed after a name. MS is a Member of the Senedd, as MP is of Parliament.
  {
    group: 'Honours and titles',
    acronyms: ['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'BEM', 'JP', 'KC', 'QC', 'MP', 'MEP', 'MS', 'PhD'],
  },
  {
    group: 'Everyday terms',
    acronyms: [
      'A&E',
      'ATM',
      'B&B',
      'CCTV',
      'CEO',
      'COVID',
      'CV',
      'DIY',
      'DNA',
      'DVD',
      'FAQ',
      'GP',
      'HGV',
      'HIV',
      'ID',
      'IT',
      'LED',
      'MOT',
      'OK',
      'PC',
      'PDF',
      'PIN',
      'Q&A',
      'SMS',
      'TV',
      'URL',
      'USB',
    ],
  },
];

export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(WELL_KNOWN_ACRONYMS.flatMap((entry) => entry.acronyms));

/** The list as docs/format.md prints it: one line per group. */
export function wellKnownAcronymsMarkdown(): string {
  return WELL_KNOWN_ACRONYMS.map(({ group, acronyms }) => `- ${group}: ${acronyms.join(', ')}.`).join('\n');
}

/**
 * Words in capitals that are not acronyms, whatever stands around them.
 *
 * - Minute and procedural words, as minutes print them ("Cllr Bell MOVED,
 *   Cllr Dacres SECONDED and it was RESOLVED"), and the protective markings
 *   of a paper (EXEMPT, CONFIDENTIAL, NOT FOR PUBLICATION);
 * - the bare negatives NA, N/A and NIL, and TBC, TBA and TBD, which are
 *   placeholders (`placeholder-left` reports those);
 * - ordinary words written in capitals for emphasis ("must NOT be").
 */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set([
  // Minute and procedural words
  'RESOLVED',
  'AGREED',
  'NOTED',
  'RECOMMENDED',
  'DECIDED',
  'APPROVED',
  'RECEIVED',
  'ENDORSED',
  'REFERRED',
  'DEFERRED',
  'CONSIDERED',
  'MOVED',
  'SECONDED',
  'CARRIED',
  'LOST',
  'FOR',
  'AGAINST',
  'ABSTAINED',
  'YES',
  'NO',
  'NOTE',
  'ACTION',
  'PART',
  'EXEMPT',
  'CONFIDENTIAL',
  'RESTRICTED',
  'URGENT',
  'DRAFT',
  'OFFICIAL',
  'SENSITIVE',
  'NOT',
  'PUBLICATION',
  // Bare negatives and placeholders
  'NA',
  'N/A',
  'NIL',
  'TBC',
  'TBA',
  'TBD',
  // Emphasis
  'AND',
  'OR',
  'ALL',
  'ANY',
  'NONE',
  'MUST',
  'ONLY',
  'NEVER',
  'THE',
  'OF',
  'TO',
  'BE',
  'IS',
  'ARE',
  'WILL',
  'SHALL',
  'SHOULD',
]);
