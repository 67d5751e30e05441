import type { NonePolicy, Requirement, Template, TemplateSection } from './template';

/** What a section says to the reader: what it is for, why it is there, and the standard wording the quick fix inserts. */
interface SectionTexts {
  readonly purpose: string;
  readonly why: string;
  readonly wording: string;
}

function section(
  title: string,
  requirement: Requirement,
  none: NonePolicy,
  aliases: readonly string[],
  texts: SectionTexts,
): TemplateSection {
  return { title, requirement, none, aliases, ...texts };
}

// `why` states only law and practice that hold in England and, unless it says
// otherwise, Wales. It is shown in the hover over a heading; keep it short.

const summary = section('Summary', 'required', 'never', ['Executive Summary', 'Report Summary', 'Purpose of Report'], {
  purpose: 'A short account of what the report is about and what it asks the committee to do.',
  why: 'Members and the public read it first: it tells them what is being decided before they reach the detail.',
  wording: 'This report asks the Committee to …',
});
const recommendations = section('Recommendations', 'required', 'never', ['Recommendation', 'Decision Required'], {
  purpose: 'What the committee is asked to decide or note, in numbered recommendations it can resolve on.',
  why: 'The committee can only resolve on what is put to it. Numbered recommendations let the resolution and the minutes say exactly what was agreed, and let later papers cite it.',
  wording: '**R1** That the Committee [Insert the decision the Committee is asked to take]',
});
const background = section(
  'Background',
  'required',
  'never',
  [
    'Background and Context',
    'Background and Advice',
    'Context',
    'Introduction and Background',
    'Introduction',
    'Proposal',
  ],
  {
    purpose: 'The facts and advice the committee needs to understand the recommendations.',
    why: 'Members must have the relevant facts in front of them to take a reasonable decision; a decision taken without them can be challenged in the courts.',
    wording: '[Insert the facts and advice the Committee needs to understand the recommendations.]',
  },
);
const otherOptions = (requirement: Requirement) =>
  section(
    'Other Options Considered',
    requirement,
    'with-reason',
    ['Alternative Options Considered', 'Options Considered'],
    {
      purpose:
        'The alternatives to the recommendation and why they were rejected; a decision must show they were weighed.',
      why: 'A reasonable decision weighs the alternatives. In England the written record of an executive decision must also give the alternative options considered and rejected (the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012).',
      wording: 'The following options were considered and rejected: …',
    },
  );
const consultation = section('Consultation', 'required', 'allowed', ['Consultations', 'Consultation and Engagement'], {
  purpose: 'Who was consulted and what they said.',
  why: 'When the Council consults, it must do so while the proposal can still change and must take the responses conscientiously into account (the Gunning principles). Members can do that only if the report tells them what consultees said.',
  wording: '[Insert who was consulted and what they said, or why there was no consultation.]',
});
const financial = section('Financial Implications', 'required', 'allowed', ['Finance', 'Resource Implications'], {
  purpose: 'The cost of the proposal and how it is funded, as advised by the Chief Finance Officer.',
  why: "Members must know what a decision costs, and how it will be paid for, before they take it. The section records the advice of the Chief Finance Officer, who is responsible for the proper administration of the Council's financial affairs (Local Government Act 1972, section 151).",
  wording:
    '[Insert the financial implications, as advised by the Chief Finance Officer, or state that there are none.]',
});
const legal = section('Legal Implications', 'required', 'allowed', ['Legal'], {
  purpose: "The Council's powers and duties in the matter, as advised by the Monitoring Officer.",
  why: 'A decision the Council has no power to take, or that ignores a legal duty, can be quashed by the courts. The section records the advice of the Monitoring Officer, who must report on any proposal or decision that would be unlawful (Local Government and Housing Act 1989, section 5).',
  wording: '[Insert the legal implications, as advised by the Monitoring Officer, or state that there are none.]',
});
const risk = section('Risk Management Implications', 'required', 'allowed', ['Risk Management', 'Risk Implications'], {
  purpose: 'The risks of the proposal and of not proceeding, and how they will be managed.',
  why: 'So that members decide knowing what could go wrong, how likely and how serious it is, and who will manage it; and so that the risks can be followed up after the decision.',
  wording:
    '[Insert the risks of the proposal and of not proceeding, and how they will be managed, or state that there are none.]',
});
const equality = section(
  'Equality Duty',
  'required',
  'with-reason',
  ['Equality Implications', 'Equalities Implications', 'Equality Impact Assessment', 'Public Sector Equality Duty'],
  {
    purpose:
      'How the proposal affects people with protected characteristics. Equality Act 2010 s149 requires the committee to have due regard to this before deciding; a bare "None" does not show that it did.',
    why: 'The public sector equality duty (Equality Act 2010, section 149) requires the Council, in everything it decides, to have due regard to the need to eliminate discrimination, harassment and victimisation, to advance equality of opportunity and to foster good relations. The decision-makers must have that regard themselves, before they decide: this section is how they do, and it is what a court looks for when the decision is challenged.',
    wording:
      'The proposal has been assessed against the public sector equality duty (Equality Act 2010, section 149). It has no impact on people with protected characteristics because …',
  },
);
const socialValue = section('Social Value', 'optional', 'allowed', [], {
  purpose: 'The social, economic and environmental benefits secured, for example through procurement.',
  why: 'When it buys services, the Council must consider how the contract could improve the economic, social and environmental well-being of its area (Public Services (Social Value) Act 2012).',
  wording: '[Insert the social, economic and environmental benefits secured, or state that there are none.]',
});
const crimeAndDisorder = section(
  'Crime and Disorder Implications',
  'required',
  'with-reason',
  ['Crime and Disorder', 'Community Safety'],
  {
    purpose:
      'The effect on crime, disorder, substance misuse and re-offending. Section 17 of the Crime and Disorder Act 1998 requires the Council to consider this in everything it does.',
    why: 'Section 17 of the Crime and Disorder Act 1998 requires the Council to exercise all its functions with due regard to their likely effect on crime and disorder (anti-social behaviour included), the misuse of drugs, alcohol and other substances, and re-offending, and to do all it reasonably can to prevent them.',
    wording:
      'The proposal has no implications for crime and disorder (Crime and Disorder Act 1998, section 17) because …',
  },
);
const humanRights = section('Human Rights Implications', 'required', 'with-reason', ['Human Rights'], {
  purpose:
    'Whether the proposal engages any right under the European Convention on Human Rights (Human Rights Act 1998) and, if so, why any interference is justified.',
  why: 'It is unlawful for the Council to act in a way that is incompatible with a Convention right (Human Rights Act 1998, section 6). Where a proposal interferes with a right, such as respect for private and family life or the peaceful enjoyment of possessions, members must be satisfied that the interference is lawful and proportionate.',
  wording: 'The proposal engages no right under the Human Rights Act 1998 because …',
});
const climate = section('Climate Change and Sustainability', 'optional', 'allowed', ['Environmental Implications'], {
  purpose: 'The effect on carbon emissions, climate resilience and the environment.',
  why: 'The UK is committed by law to net zero greenhouse gas emissions by 2050 (Climate Change Act 2008), and many councils have declared a climate emergency and undertaken to weigh the climate effect of their decisions.',
  wording:
    '[Insert the effect on carbon emissions, climate resilience and the environment, or state that there is none.]',
});
const backgroundPapers = section(
  'Background Papers',
  'required',
  'allowed',
  ['List of Background Papers', 'Background Documents'],
  {
    purpose:
      'The unpublished documents relied on in writing the report, which the public may inspect (Local Government Act 1972, section 100D).',
    why: 'The public may inspect the unpublished documents a report relies on, and the report must list them (Local Government Act 1972, section 100D).',
    wording: '[Insert the unpublished documents relied on in writing the report, or state that there are none.]',
  },
);
const partTwo = section('Reason for Inclusion in Part II', 'if-exempt', 'allowed', ['Exempt Information'], {
  purpose:
    'Why the report is exempt from publication, citing the paragraphs of Schedule 12A to the Local Government Act 1972 and the public interest test.',
  why: 'The public may be excluded from a meeting only while exempt information would be disclosed (Local Government Act 1972, section 100A(4)). The report must say which paragraph of Schedule 12A describes the information, and why the public interest in keeping it confidential outweighs the public interest in disclosing it.',
  wording:
    'This report contains exempt information under paragraph [Insert the paragraph number] of Schedule 12A to the Local Government Act 1972 because …',
});
const appendices = section('Appendices', 'optional', 'allowed', [], {
  purpose: 'The documents attached to the report.',
  why: "So that readers know what is attached, and a reference such as 'Appendix A' leads somewhere.",
  wording: 'Appendix A – …',
});

const report: Template = {
  name: 'report',
  sections: [
    summary,
    recommendations,
    background,
    otherOptions('if-decision'),
    consultation,
    financial,
    legal,
    risk,
    equality,
    socialValue,
    crimeAndDisorder,
    humanRights,
    climate,
    backgroundPapers,
    partTwo,
    appendices,
  ],
};

const scrutiny: Template = {
  name: 'scrutiny',
  sections: [
    summary,
    section('Focus for Scrutiny', 'required', 'never', ['Scope', 'Terms of Reference'], {
      purpose: 'What the scrutiny looked at and why: the questions the members set out to answer.',
      why: 'It is the standard the report is read against: the committee and the executive can check that the review answered the questions it was set and kept to them.',
      wording: 'The review set out to answer the following questions: …',
    }),
    background,
    section('Evidence', 'optional', 'allowed', [], {
      purpose: 'The evidence the members heard and read.',
      why: 'Findings and recommendations carry weight when the evidence behind them is on the record.',
      wording: 'The group heard from …',
    }),
    section('Findings', 'required', 'never', ['Key Findings', 'Conclusions'], {
      purpose: 'What the scrutiny found, as numbered findings that the recommendations cite.',
      why: 'Recommendations must rest on evidence. Numbered findings let each recommendation cite what it rests on, and let the response to the report be checked against them.',
      wording: '**F1** …',
    }),
    recommendations,
    consultation,
    risk,
    otherOptions('required'),
    equality,
    socialValue,
    crimeAndDisorder,
    humanRights,
    backgroundPapers,
  ],
};

const minutes: Template = {
  name: 'minutes',
  sections: [
    section('Present', 'unless-item', 'never', ['Attendance', 'Members Present'], {
      purpose: 'The members and officers present.',
      why: 'The minutes are the formal record of the meeting: who was present shows that it was quorate and who took part in each decision.',
      wording: '[Insert the members and officers present.]',
    }),
    section('Apologies', 'unless-item', 'allowed', ['Apologies for Absence'], {
      purpose: 'The members who sent apologies, and any substitutes.',
      why: 'It records who was absent and who substituted for them. Attendance matters: a councillor who attends no meeting of the authority for six months ceases to be a member unless the authority approved the absence (Local Government Act 1972, section 85).',
      wording: '[Insert the members who sent apologies, and any substitutes, or state that there were none.]',
    }),
    section('Declarations of Interest', 'unless-item', 'allowed', ['Declarations of Interests', "Members' Interests"], {
      purpose: 'Interests members declared in items on the agenda, as the Code of Conduct requires.',
      why: 'Members must declare their interests in items on the agenda under the Code of Conduct. In England a member with a disclosable pecuniary interest may not take part in the discussion or vote (Localism Act 2011, section 31). The record shows that decisions were not tainted.',
      wording: '[Insert the interests declared, or state that there were none.]',
    }),
    section('Minutes of the Previous Meeting', 'optional', 'never', [], {
      purpose: 'Whether the minutes of the last meeting were agreed as a correct record.',
      why: 'Minutes are signed as a correct record at the same or the next suitable meeting (Local Government Act 1972, Schedule 12, paragraph 41); this records that they were.',
      wording: 'The minutes of the meeting held on [Insert the date] were agreed as a correct record.',
    }),
    section('Date of Next Meeting', 'optional', 'allowed', [], {
      purpose: 'When the committee meets next.',
      why: 'Members and the public can plan for the next meeting.',
      wording: 'The next meeting will be held on …',
    }),
  ],
};

export const DEFAULT_TEMPLATES: readonly Template[] = [report, scrutiny, minutes];
