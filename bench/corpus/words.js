'use strict';
// Vocabulary for generated council papers: committees, topics, posts, people
// and sentence templates. `{slot}` markers are filled in by prose.js.

const committees = [
  { code: 'cab', name: 'Cabinet', scrutiny: false },
  { code: 'cypssc', name: "Children and Young People's Services Scrutiny Committee", scrutiny: true },
  { code: 'aschsc', name: 'Adult Social Care and Health Scrutiny Committee', scrutiny: true },
  { code: 'etsc', name: 'Environment and Transport Scrutiny Committee', scrutiny: true },
  { code: 'crosc', name: 'Corporate Resources Overview and Scrutiny Committee', scrutiny: true },
  { code: 'agc', name: 'Audit and Governance Committee', scrutiny: false },
  { code: 'plan', name: 'Planning and Regulatory Committee', scrutiny: false },
  { code: 'hwb', name: 'Health and Wellbeing Board', scrutiny: false },
  { code: 'pen', name: 'Pension Fund Committee', scrutiny: false },
  { code: 'comm', name: 'Communities and Place Scrutiny Committee', scrutiny: true },
];

const topics = [
  'Home to School Transport', 'Medium Term Financial Strategy', 'Highways Asset Management Plan',
  'Library Service Review', 'Adult Social Care Charging Policy', 'Waste Collection Contract',
  'Local Plan Review', 'Corporate Risk Register', 'Treasury Management Strategy',
  "Children's Residential Care Sufficiency", 'Flood Risk Management Strategy',
  'Bus Service Improvement Plan', 'Domestic Abuse Strategy', 'Housing Allocations Policy',
  'Carbon Reduction Plan', 'Special Educational Needs Transformation', 'Fostering Recruitment',
  'Public Health Grant Allocation', 'Leisure Centre Investment', 'Household Waste Recycling Centres',
  'Street Lighting LED Replacement', 'Council Tax Support Scheme', 'Capital Programme Monitoring',
  'Internal Audit Annual Opinion', 'Annual Governance Statement', 'Youth Justice Plan',
  'Early Help Strategy', 'Market Position Statement', 'Digital Inclusion Strategy',
  'Town Centre Regeneration', 'Tree and Woodland Strategy', 'Road Safety Partnership',
  'Care Leavers Local Offer', 'Winter Maintenance Plan', 'Pension Fund Investment Strategy',
  'Procurement Strategy', 'Workforce Strategy', 'Customer Services Transformation',
  'Gypsy and Traveller Site Provision', 'Minerals and Waste Local Plan', 'Active Travel Programme',
  'Dementia Strategy', 'Homelessness Prevention', 'School Place Planning', 'Corporate Plan Refresh',
];

const posts = [
  "Director of Children's Services", 'Executive Director of Resources (Section 151 Officer)',
  'Director of Public Health', 'Head of Legal Services and Monitoring Officer',
  'Corporate Director of Place', 'Director of Adult Social Services', 'Chief Executive',
  'Assistant Director for Highways and Transport', 'Head of Internal Audit',
  'Director of Environment and Climate Change', 'Head of Strategic Finance',
];

const cabinetMembers = [
  'Cabinet Member for Education and Skills', 'Cabinet Member for Adult Social Care',
  'Cabinet Member for Highways and Transport', 'Cabinet Member for Finance and Resources',
  'Cabinet Member for Environment and Climate Change', 'Cabinet Member for Communities',
  "Cabinet Member for Children's Services", 'Cabinet Member for Public Health',
];

const firstNames = [
  'Priya', 'James', 'Olivia', 'Mohammed', 'Sarah', 'David', 'Aisha', 'Thomas', 'Emma', 'Rhys',
  'Catherine', 'Daniel', 'Fiona', 'Gareth', 'Hannah', 'Ian', 'Joanne', 'Kwame', 'Laura', 'Michael',
  'Nia', 'Owen', 'Rachel', 'Samuel', 'Tariq', 'Ursula', 'Victoria', 'William', 'Yasmin', 'Zoe',
];

const surnames = [
  'Natarajan', 'Ellis', 'Adeyemi', 'Brook', 'Carter', 'Doyle', 'Fenwick', 'Gallagher', 'Hughes',
  'Iqbal', 'Jones', 'Khan', 'Lloyd', 'Morgan', 'Nolan', "O'Brien", 'Patel', 'Quinn', 'Roberts',
  'Singh', 'Thompson', 'Underwood', 'Vaughan', 'Williams', 'Young', 'Ashworth', 'Bennett',
  'Chowdhury', 'Davies', 'Evans', 'Fraser', 'Griffiths', 'Hall', 'Jenkins', 'Kaur', 'Lewis',
];

const divisions = [
  'Abbey', 'Brookside', 'Castle', 'Dene Valley', 'Eastgate', 'Forest Hill', 'Greenfields',
  'Harbour', 'Kingsmead', 'Long Ashton', 'Millbrook', 'North Downs', 'Oakwood', 'Priory',
  'Riverside', 'St Mary', 'Town Centre', 'Upper Weald', 'Westcliff', 'Woodlands',
];

const services = [
  'the transport team', 'the commissioning service', 'the highways service', 'the library service',
  'the early help service', 'the waste and recycling service', 'the planning policy team',
  'the finance business partners', 'the public health team', 'the procurement team',
  'the property service', 'the customer contact centre', 'the adult social care locality teams',
  'the fostering service', 'the school admissions team', 'the climate change team',
];

const partners = [
  'the integrated care board', 'district and borough councils', 'the police and crime commissioner',
  'the fire and rescue service', 'schools and academy trusts', 'voluntary and community sector partners',
  'the local enterprise partnership', 'parish and town councils', 'bus operators',
  'the Environment Agency', 'the NHS trust', 'housing associations',
];

// Sentence templates by purpose. Slots: {topic} {service} {partner} {post}
// {amount} {percent} {year} {count} {month} {division} {member}.
const sentences = {
  summary: [
    'This report sets out the proposed approach to the {topic} and seeks approval to proceed.',
    'The {topic} has been reviewed following feedback from members and {partner}.',
    'Spending on the {topic} is forecast to exceed the approved budget by {amount} in {year}.',
    'The report summarises progress since the last update and the risks that remain.',
    'Members are asked to consider the options and to agree the recommended option.',
    'Demand has risen by {percent} over the last two years, mainly in {division} and nearby divisions.',
    'The proposals have been developed with {service} and tested with {partner}.',
  ],
  background: [
    'The Council approved the current arrangements for the {topic} in {month} {year}.',
    'Since then demand has grown by {percent}, while the budget has risen by less than inflation.',
    'The service is delivered by {service}, working closely with {partner}.',
    'A review of the {topic} was commissioned by the {member} to identify savings and improvements.',
    'The review considered performance data, benchmarking with similar councils and feedback from residents.',
    'Around {count} residents use the service each year, most of them in rural divisions.',
    'Current contracts expire in {month} {year}, and a decision is needed now to allow time for procurement.',
    'Benchmarking shows that unit costs are {percent} above the average for comparable county councils.',
    'The statutory framework requires the Council to keep the arrangements under review.',
    'Officers have met {partner} on several occasions to agree a shared approach.',
    'The proposal would be phased over three years, with a review point after the first year.',
    'Feedback from the pilot in {division} was positive, and most participants asked for it to continue.',
    'The previous approach relied on manual processes that are now difficult to sustain.',
    'Performance has improved in the last quarter, although it remains below target.',
  ],
  scope: [
    'Why costs have risen faster than the number of people using the service.',
    'Whether the published policy is clear to residents applying for the first time.',
    'How the Council works with {partner} to plan the service.',
    'What other councils have done to manage demand.',
    'Whether performance reports give members the information they need.',
    'How the views of residents in {division} are heard.',
  ],
  evidence: [
    'The group heard evidence from {service}, from {partner} and from residents of {division}.',
    'Witnesses described the effect of recent changes on families who rely on the service.',
    'Data supplied by {service} showed that {percent} of cases were resolved within the target time.',
    'The group visited two sites and spoke with front-line staff about the pressures they face.',
    'Several witnesses said that the published guidance was hard to follow.',
    'The group compared local practice with guidance from the Local Government Association.',
    'A survey of {count} users received a response rate of {percent}.',
  ],
  finding: [
    'Most of the increase in cost comes from a small number of high-cost placements.',
    'Route planning is done by hand each summer, so savings are rarely found once term has started.',
    'The published policy is long and families were unable to find the eligibility test.',
    'Performance reporting to members does not show the trend over time.',
    'Partners are not consistently told when the Council changes its criteria.',
    'Staff turnover in {service} has been above {percent} for two years.',
    'The Council does not collect data on outcomes once a case is closed.',
    'Joint working with {partner} depends on goodwill rather than a formal agreement.',
    'Residents in {division} wait longer than elsewhere for an assessment.',
    'The budget for the {topic} has been overspent in each of the last three years.',
  ],
  recommendation: [
    'That the {member} commission a review of the {topic} and report back by {month} {year}',
    'That the {post} publish a short summary of the eligibility criteria before the next round',
    'That quarterly performance reports to this Committee show the trend over the last two years',
    'That the Council agree a formal partnership agreement with {partner}',
    'That a workforce plan for {service} be brought to the Committee within six months',
    'That the Cabinet approve the preferred option set out in paragraph {para}',
    'That authority be delegated to the {post}, in consultation with the {member}, to award the contract',
    'That the revised policy be adopted with effect from 1 {month} {year}',
  ],
  resolution: [
    'Endorses the recommendations of the report',
    'Notes the report and asks for a further update in {month} {year}',
    'Approves the revised policy with effect from 1 {month} {year}',
    'Asks the {member} to respond to the recommendations within two months',
    'Agrees to award the contract as set out in the exempt appendix',
    'Supports the proposed consultation and asks that {partner} be included',
    'Asks the {post} to report back on progress within six months',
  ],
  discussion: [
    'The {post} introduced the report and highlighted the main changes since the last meeting.',
    'Members asked how the proposals would affect residents of {division}.',
    'In response, officers explained that the impact would be monitored each quarter.',
    'A member asked whether {partner} had been consulted; officers confirmed that they had.',
    'The Chair thanked officers for a clear report and for their work with {partner}.',
    'Members noted the financial pressures and asked for more detail in the next budget report.',
    'Concern was expressed about the pace of change and the capacity of {service}.',
    'The Committee discussed the risks of the preferred option and how they would be managed.',
  ],
  finance: [
    'The estimated cost of the proposal is {amount}, which can be met from the existing budget.',
    'There is a forecast pressure of {amount} in {year}, which is included in the Medium Term Financial Strategy.',
    'The savings set out in this report are estimates and will be confirmed after procurement.',
    'The Executive Director of Resources has been consulted on the financial implications.',
  ],
  legal: [
    'The Council has the power to make these arrangements under the Local Government Act 1972.',
    'The procurement will follow the Procurement Act 2023 and the Council\'s contract procedure rules.',
    'Legal Services have been consulted and their comments are included in this report.',
    'There is a statutory duty to consult before any change to the policy takes effect.',
  ],
  risk: [
    'The main risk is that demand continues to rise faster than the budget.',
    'There is a risk that the market cannot provide enough places at the expected price.',
    'Risks are recorded on the directorate risk register and reviewed each quarter.',
    'Delay to the decision would reduce the time available for procurement.',
  ],
  equality: [
    'An equality impact assessment has been completed and is available as a background paper.',
    'The proposal is likely to have a positive effect on disabled residents and older people.',
    'No negative impact has been identified for any group with a protected characteristic.',
    'The assessment will be reviewed after consultation and before a final decision is made.',
  ],
  consultation: [
    'A public consultation ran for eight weeks and received {count} responses.',
    'Local members for the affected divisions have been briefed.',
    'The proposals were discussed with {partner} at their meeting in {month} {year}.',
  ],
  reason: [
    'the proposal does not affect crime, disorder, substance misuse or re-offending in the area',
    'the report concerns internal arrangements and engages no Convention right',
    'the decision changes no service and has no effect on people with protected characteristics',
    'the recommendations concern how an existing statutory service is planned',
  ],
  minutesFormal: [
    'The minutes of the meeting held on {date} were confirmed as a correct record and signed by the Chair.',
    'There were no declarations of interest.',
    'The Committee noted its work programme for the rest of the municipal year.',
  ],
};

module.exports = {
  committees, topics, posts, cabinetMembers, firstNames, surnames, divisions, services, partners, sentences,
};
