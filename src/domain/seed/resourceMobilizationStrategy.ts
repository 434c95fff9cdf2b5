import type { ActionLine, Area, PriorityItem, SourcePassage, Strategy } from '../types';
import type { Status } from '../status';
import type { StatusSource } from '../evidence';
import { REPORT_DOCUMENT, REPORT_PASSAGES as P } from './reportPassages';

/**
 * Seed data: ITU's resource mobilization strategy as reported to CWG-FHR (source file
 * 003_90b6a69094807c00.txt, Annex 2 and "Priorities for 2025 and 2026"). Texts are word for word,
 * fixing only extraction errors. Statuses are reconstructed from the narrative and the priorities
 * table (Annex 2's graphics did not survive extraction); each line carries the passages its status
 * rests on, or the reason it was inferred (see shared/design/catalogue.md, "How firm each seed
 * status is").
 */

const OBJECTIVES = [
  'Encourage Member States to maintain or increase their unit contributions',
  'Strengthen Sector Member engagement and revenues',
  'Strengthen overall member engagement',
  'Help better leverage events',
  'Help better leverage products and services',
  'Increase voluntary contributions',
] as const;

export const SEED_STRATEGY: Strategy = {
  title: 'ITU Resource Mobilization Strategy',
  objectives: [...OBJECTIVES],
  source: {
    document: `${REPORT_DOCUMENT}, Annex 2 and \u201cPriorities for 2025 and 2026\u201d`,
    file: '003_90b6a69094807c00.txt',
    note: 'Five statuses are stated by the report\u2019s priorities table, nine rest on its narrative and ten are inferred from its totals; each line shows its evidence. Verify against Annex 2.',
  },
};

// The report lists the objectives for the strategy as a whole, not per area: an area has
// objectives only when a user links them.
export const SEED_AREAS: Area[] = [
  { code: 'M', name: 'Strengthen membership', order: 0, objectives: [] },
  { code: 'E', name: 'Leverage events, products, and services', order: 1, objectives: [] },
  { code: 'V', name: 'Increase voluntary contributions', order: 2, objectives: [] },
];

/** Why a line never mentioned by the report is seeded Ongoing. */
export const INFERRED_STARTED_REASON =
  "Not mentioned in the report; counted as started so that the report's total of 18 started lines holds.";

/** Why a line is among the six the report counts as still to be started without naming them. */
export const INFERRED_TO_BE_STARTED_REASON =
  'The report counts six lines still to be started without naming them; this line is placed among them because the narrative says work in its area is still being assessed.';

/** The period the report gives for the six lines still to be started. */
const ASSESSMENT_PERIOD = '2026-2028';

interface SeedEvidence {
  statusSource: Exclude<StatusSource, 'person'>;
  statusEvidence: SourcePassage[];
  statusReason?: string;
  completedYear?: number;
}

interface SeedLine extends SeedEvidence {
  code: string;
  title: string;
  text: string;
  status: Status;
  target?: string;
}

const INFERRED_STARTED: SeedEvidence = {
  statusSource: 'inferred',
  statusEvidence: [P.startedTotal],
  statusReason: INFERRED_STARTED_REASON,
};

const ASSESSED_LATER: SeedEvidence = {
  statusSource: 'narrative',
  statusEvidence: [P.remainingSix, P.investmentsAssessed],
  statusReason: INFERRED_TO_BE_STARTED_REASON,
};

const SEED_LINES: SeedLine[] = [
  {
    code: 'M1',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Secretariat to develop a more attractive presentation of its budget and unmet needs',
    text: 'Secretariat to develop a more attractive presentation of its budget and unmet needs, clearly identifying funding gap(s), taking into account best practices in the UN system. This will include:',
  },
  {
    code: 'M1a',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'An attractive, user-friendly web section linking the strategic plan',
    text: 'An attractive, user-friendly web section linking the strategic plan and themes to the budget and expected outcomes/impact.',
  },
  {
    code: 'M1b',
    statusSource: 'stated',
    statusEvidence: [P.priorityM1b, P.completedIn2025],
    completedYear: 2025,
    status: 'Completed',
    target: 'Q3 2025',
    title: 'New executive level briefing and promotional materials',
    text: 'New executive level briefing and promotional materials that delegates can use when making the case for ITU support within their national Administrations.',
  },
  {
    code: 'M2',
    statusSource: 'stated',
    statusEvidence: [P.priorityM2, P.reviewingBenefits],
    status: 'Ongoing',
    target: 'Q2 2026',
    title: 'Review Sector membership benefits and fees',
    text: 'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups to ensure that benefits are in alignment with expectations, and that Sector membership continues to cover costs. Assess any risks related to potential changes in fees. Among others, consider benefits that would encourage existing Sector Members to have memberships across multiple Sectors and Associates to upgrade to full Sector membership.',
  },
  {
    code: 'M3',
    statusSource: 'stated',
    statusEvidence: [P.priorityM3, P.completedIn2025, P.underRepresentedIdentified],
    completedYear: 2025,
    status: 'Completed',
    target: 'Q3 2025',
    title: 'Identify key non-member companies from under-represented parts',
    text: 'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU.',
  },
  {
    code: 'M4',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Modernize study group methodologies and invest further in remote participation',
    text: 'Modernize study group methodologies and invest further in remote participation, supplementing physical participation, to support efficient engagement and return on investment for members, and to increase SME participation.',
  },
  {
    code: 'M5',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Organize national/regional industry outreach sessions',
    text: 'Organize national/regional industry outreach sessions together with Member States and Regional Telecommunication Organizations.',
  },
  {
    code: 'M6',
    statusSource: 'narrative',
    statusEvidence: [P.sectorMembersConsulted],
    status: 'Ongoing',
    title: 'Conduct an analysis on the priorities of Sector Members',
    text: 'Conduct an analysis on the priorities of Sector Members to help align offerings with their interests',
  },
  {
    code: 'M7',
    statusSource: 'stated',
    statusEvidence: [P.priorityM7, P.promotionalMaterialsReviewed],
    status: 'Ongoing',
    target: 'Q3 2026',
    title: 'Consider new approaches to promote Sector Member engagement',
    text: 'Consider new approaches to promote Sector Member engagement, including promotional material and marketing through digital platforms, and raise awareness in all sectors during major conferences.',
  },
  {
    code: 'M8',
    statusSource: 'stated',
    statusEvidence: [P.priorityM8, P.accountManagementSystems],
    status: 'Ongoing',
    target: 'Phase 1: Q2 2026',
    title: 'Implement new measures and systems to better coordinate account management',
    text: 'Implement new measures and systems to better coordinate account management and improve ITU-wide service to Member States, Sector Members, donors, etc. This includes addressing internal enablers as part of the transformation plan: IT systems, building staff capacity and skills, streamlining, and modernizing financial and administrative rules and processes, etc.',
  },
  {
    code: 'E1',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: "Assess ITU's positioning in the evolving industry event marketplace",
    text: "Assess ITU's positioning in the evolving industry event marketplace within specific thematic communities to determine the most effective strategy, including identifying areas for investment and revenue potential.",
  },
  {
    code: 'E2',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Leverage major ITU events which have built communities of shared interest',
    text: 'Leverage major ITU events which have built communities of shared interest among ITU membership and partners to build a more comprehensive and higher-impact value proposition, including using such events as a platform for multi-stakeholder thematic initiatives.',
  },
  {
    code: 'E3',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Consider ways of modernizing event formats',
    text: 'Consider ways of modernizing event formats, including grouping certain themes together across events and reducing duration/number of sessions on-site, while taking advantage of new digital tools and platforms to expand participation and engagement.',
  },
  {
    code: 'E4',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: "Review ITU's products and services (including publications, software, databases, etc)",
    text: "Review ITU's products and services (including publications, software, databases, etc) to ensure that cost recovery and revenue generation methodologies reflect evolving technology and market conditions.",
  },
  {
    code: 'E5',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: 'Analyse the performance and revenue potential of these products and services',
    text: 'Analyse the performance and revenue potential of these products and services and consider potential enhancements as well as new products and services.',
  },
  {
    code: 'E6',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: 'Consider internal lessons learned such as linking products/services to membership benefits',
    text: 'Consider internal lessons learned such as linking products/services to membership benefits, i.e. experience with ITU-T SG2 and numbering.',
  },
  {
    code: 'E7',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: 'Consider external models from other UN bodies, including WIPO',
    text: 'Consider external models from other UN bodies, including WIPO among others.',
  },
  {
    code: 'V1',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Specific objectives and required funding should be defined for each major priority area',
    text: 'The overall rationale for seeking voluntary contributions is to increase the capacity of the secretariat to address priority areas identified by Member States which cannot be fully realized through the regular budget. Specific objectives and required funding should be defined for each major priority area, such as regional initiatives, ITU building, projects, ITU-wide thematic initiatives, etc.',
  },
  {
    code: 'V2',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'As part of a new value proposition for potential donors, develop and promote ITU-wide thematic initiatives',
    text: 'As part of a new value proposition for potential donors, develop and promote ITU-wide thematic initiatives with multi-year commitments to complement activities funded by the regular budget. To get started, ITU is pilot testing Green Digital Action and AI for Good thematic initiatives in 2024.',
  },
  {
    code: 'V3',
    statusSource: 'narrative',
    statusEvidence: [P.accountManagementSystems, P.supportsAreas1And3],
    status: 'Ongoing',
    title: 'Strengthen ITU-wide coordination of outreach with partners and donors',
    text: 'Strengthen ITU-wide coordination of outreach with partners and donors leveraging new systems to improve membership engagement.',
  },
  {
    code: 'V4',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Collaborate with Member States to reach out to new potential partners and donors',
    text: 'Collaborate with Member States to reach out to new potential partners and donors, including other Ministries in the government and development agencies, as well as foundations. Also explore potential collaboration with development banks.',
  },
  {
    code: 'V5',
    statusSource: 'narrative',
    statusEvidence: [P.transformation2026],
    status: 'Ongoing',
    title: 'Strengthen capacity for fundraising and project implementation',
    text: "Strengthen capacity for fundraising and project implementation as part of the ITU's transformation plan. This will help build confidence among donors and partners.",
  },
  {
    code: 'V6',
    ...INFERRED_STARTED,
    status: 'Ongoing',
    title: 'Encourage and recognize in-kind contributions',
    text: 'Encourage and recognize in-kind contributions from Member States and other partners, such as expert secondments, equipment, and services.',
  },
  {
    code: 'V7',
    ...ASSESSED_LATER,
    status: 'To be started',
    target: ASSESSMENT_PERIOD,
    title: 'Explore increasing minimum thresholds for sponsorship/voluntary contributions',
    text: 'Explore increasing minimum thresholds for sponsorship/voluntary contributions to reflect the internal administrative/staff cost of acquisition.',
  },
];

/**
 * The keys fractional-indexing gives the first records of a group (freshRanks in src/domain/rank.ts)
 * are "a" and one digit, 0-9 then A-Z: written out here so that seeding, which a first visit's first
 * load runs, does without the library (rank.test.ts holds them equal). The seed's longest column,
 * Ongoing, has 16 lines.
 */
const SEED_RANK_DIGITS = '0123456789ABCDEF';

export function buildSeedActionLines(now: string): ActionLine[] {
  const positions = new Map<Status, number>();
  return SEED_LINES.map((line) => {
    const position = positions.get(line.status) ?? 0;
    positions.set(line.status, position + 1);
    return {
      code: line.code,
      areaCode: line.code.charAt(0),
      title: line.title,
      text: line.text,
      status: line.status,
      rank: `a${SEED_RANK_DIGITS.charAt(position)}`,
      leadUnit: '',
      target: line.target ?? null,
      statusSource: line.statusSource,
      statusEvidence: line.statusEvidence,
      statusReason: line.statusReason ?? '',
      completedYear: line.completedYear ?? null,
      health: null,
      healthReason: '',
      notes: '',
      updatedAt: now,
      updatedBy: null,
    };
  });
}

/** The report's table repeats five lines' texts word for word; the two "Review potential ..." items name no line. */
export const SEED_PRIORITY_ITEMS: PriorityItem[] = (
  [
  {
    id: 'priority-m1b',
    linkSource: 'stated',
    lineCode: 'M1b',
    text: 'New executive level briefing and promotional materials that delegates can use when making the case for ITU support within their national administrations.',
    milestone: 'Completed',
    target: 'Q3 2025',
    rank: 'a0',
  },
  {
    id: 'priority-m3',
    linkSource: 'stated',
    lineCode: 'M3',
    text: 'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU.',
    milestone: 'Completed',
    target: 'Q3 2025',
    rank: 'a1',
  },
  {
    id: 'priority-m2',
    linkSource: 'stated',
    lineCode: 'M2',
    text: 'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups to ensure that benefits are in alignment with expectations, and that Sector membership continues to cover costs. Assess any risks related to potential changes in fees. Among others, consider benefits that would encourage existing Sector Members to have memberships across multiple Sectors and Associates to upgrade to full Sector membership.',
    milestone: 'Ongoing',
    target: 'Q2 2026',
    rank: 'a2',
  },
  {
    id: 'priority-m7',
    linkSource: 'stated',
    lineCode: 'M7',
    text: 'Consider new approaches to promote Sector Member engagement, including promotional material and marketing through digital platforms, and raise awareness in all sectors during major conferences.',
    milestone: 'Ongoing',
    target: 'Q3 2026',
    rank: 'a3',
  },
  {
    id: 'priority-v1',
    // The report's table has no link column: this is the closest line by meaning.
    linkSource: 'inferred',
    lineCode: 'V1',
    text: 'Review potential for new voluntary contributions, leveraging newly approved WTDC-25 Baku Action Plan, as well as partnership initiatives like P2C.',
    milestone: 'To be started',
    target: 'Q4 2026',
    rank: 'a4',
  },
  {
    id: 'priority-v6',
    // The report's table has no link column: this is the closest line by meaning.
    linkSource: 'inferred',
    lineCode: 'V6',
    text: 'Review potential improvements in how ITU recognizes voluntary contributions to align with evolving expectations among donors.',
    milestone: 'To be started',
    target: 'Q4 2026',
    rank: 'a5',
  },
  {
    id: 'priority-m8',
    linkSource: 'stated',
    lineCode: 'M8',
    text: 'Implement new measures and systems to better coordinate account management and improve ITU-wide service to Member States, Sector Members, donors, etc. This includes addressing internal enablers as part of the transformation plan: IT systems, building staff capacity and skills, streamlining, and modernizing financial and administrative rules and processes, etc.',
    milestone: 'Ongoing',
    target: 'Phase 1: Q2 2026',
    rank: 'a6',
  },
  ] satisfies Omit<PriorityItem, 'updatedAt' | 'updatedBy'>[]
).map((item) => ({ ...item, updatedAt: null, updatedBy: null }));
