import type { NonePolicy, Requirement, Template, TemplateSection } from './template';

function section(
  title: string,
  requirement: Requirement,
  none: NonePolicy,
  aliases: readonly string[],
  purpose: string,
  wording: string,
): TemplateSection {
  return { title, requirement, none, aliases, purpose, wording };
}

const summary = section('Summary', 'required', 'never', ['Executive Summary', 'Report Summary', 'Purpose of Report'],
  'A short account of what the report is about and what it asks the committee to do.',
  'This report asks the Committee to …');
const recommendations = section('Recommendations', 'required', 'never', ['Recommendation', 'Decision Required'],
  'What the committee is asked to decide or note, in numbered recommendations it can resolve on.',
  '**R1** That the Committee …');
const background = section('Background', 'required', 'never',
  ['Background and Context', 'Background and Advice', 'Context', 'Introduction and Background', 'Proposal'],
  'The facts and advice the committee needs to understand the recommendations.',
  'Set out the facts and advice the Committee needs.');
const otherOptions = (requirement: Requirement) => section('Other Options Considered', requirement, 'with-reason',
  ['Alternative Options Considered', 'Options Considered'],
  'The alternatives to the recommendation and why they were rejected; a decision must show they were weighed.',
  'The following options were considered and rejected: …');
const consultation = section('Consultation', 'required', 'allowed', ['Consultations', 'Consultation and Engagement'],
  'Who was consulted and what they said.',
  'State who was consulted and what they said.');
const financial = section('Financial Implications', 'required', 'allowed', ['Finance', 'Resource Implications'],
  'The cost of the proposal and how it is funded, as advised by the Chief Finance Officer.',
  'There are no financial implications arising from this report.');
const legal = section('Legal Implications', 'required', 'allowed', ['Legal'],
  "The Council's powers and duties in the matter, as advised by the Monitoring Officer.",
  'There are no legal implications arising from this report.');
const risk = section('Risk Management Implications', 'required', 'allowed', ['Risk Management', 'Risk Implications'],
  'The risks of the proposal and of not proceeding, and how they will be managed.',
  'There are no risk management implications arising from this report.');
const equality = section('Equality Duty', 'required', 'with-reason',
  ['Equality Implications', 'Equalities Implications', 'Equality Impact Assessment', 'Public Sector Equality Duty'],
  'How the proposal affects people with protected characteristics. Equality Act 2010 s149 requires the committee to have due regard to this before deciding; a bare "None" does not show that it did.',
  'The proposal has been assessed against the public sector equality duty (Equality Act 2010, section 149). It has no impact on people with protected characteristics because …');
const socialValue = section('Social Value', 'optional', 'allowed', [],
  'The social, economic and environmental benefits secured, for example through procurement.',
  'There are no social value implications arising from this report.');
const crimeAndDisorder = section('Crime and Disorder Implications', 'required', 'with-reason', ['Crime and Disorder', 'Community Safety'],
  'The effect on crime, disorder, substance misuse and re-offending. Section 17 of the Crime and Disorder Act 1998 requires the Council to consider this in everything it does.',
  'The proposal has no implications for crime and disorder (Crime and Disorder Act 1998, section 17) because …');
const humanRights = section('Human Rights Implications', 'required', 'with-reason', ['Human Rights'],
  'Whether the proposal engages any right under the European Convention on Human Rights (Human Rights Act 1998) and, if so, why any interference is justified.',
  'The proposal engages no right under the Human Rights Act 1998 because …');
const climate = section('Climate Change and Sustainability', 'optional', 'allowed', ['Environmental Implications'],
  'The effect on carbon emissions, climate resilience and the environment.',
  'There are no climate change or sustainability implications arising from this report.');
const backgroundPapers = section('Background Papers', 'required', 'allowed', ['List of Background Papers', 'Background Documents'],
  'The unpublished documents relied on in writing the report, which the public may inspect (Local Government Act 1972, section 100D).',
  'None.');
const partTwo = section('Reason for Inclusion in Part II', 'if-exempt', 'allowed', ['Exempt Information'],
  'Why the report is exempt from publication, citing the paragraphs of Schedule 12A to the Local Government Act 1972 and the public interest test.',
  'This report contains exempt information under paragraph … of Schedule 12A to the Local Government Act 1972 because …');
const appendices = section('Appendices', 'optional', 'allowed', [],
  'The documents attached to the report.',
  'Appendix A – …');

const report: Template = {
  name: 'report',
  sections: [
    summary, recommendations, background, otherOptions('if-decision'), consultation, financial, legal, risk, equality,
    socialValue, crimeAndDisorder, humanRights, climate, backgroundPapers, partTwo, appendices,
  ],
};

const scrutiny: Template = {
  name: 'scrutiny',
  sections: [
    summary,
    section('Focus for Scrutiny', 'required', 'never', ['Scope', 'Terms of Reference'],
      'What the scrutiny looked at and why: the questions the members set out to answer.',
      'The review set out to answer the following questions: …'),
    background,
    section('Evidence', 'optional', 'allowed', [], 'The evidence the members heard and read.', 'The group heard from …'),
    section('Findings', 'required', 'never', ['Key Findings', 'Conclusions'],
      'What the scrutiny found, as numbered findings that the recommendations cite.',
      '**F1** …'),
    recommendations, consultation, risk, otherOptions('required'), equality, socialValue, crimeAndDisorder, humanRights, backgroundPapers,
  ],
};

const minutes: Template = {
  name: 'minutes',
  sections: [
    section('Present', 'required', 'never', ['Attendance', 'Members Present'], 'The members and officers present.', 'Councillors …'),
    section('Apologies', 'required', 'allowed', ['Apologies for Absence'], 'The members who sent apologies, and any substitutes.', 'None.'),
    section('Declarations of Interest', 'required', 'allowed', ['Declarations of Interests', "Members' Interests"],
      'Interests members declared in items on the agenda, as the Code of Conduct requires.', 'None.'),
    section('Minutes of the Previous Meeting', 'optional', 'never', [],
      'Whether the minutes of the last meeting were agreed as a correct record.',
      'The minutes of the meeting held on … were agreed as a correct record.'),
    section('Date of Next Meeting', 'optional', 'allowed', [], 'When the committee meets next.', 'The next meeting will be held on …'),
  ],
};

export const DEFAULT_TEMPLATES: readonly Template[] = [report, scrutiny, minutes];
