import type { ActionLine, Area, PriorityItem, Strategy } from '../types';
import type { Status } from '../status';

/**
 * Seed data: ITU's resource mobilization strategy as reported to CWG-FHR (source file
 * 003_90b6a69094807c00.txt, Annex 2 and "Priorities for 2025 and 2026"). Texts are word for word,
 * fixing only extraction errors. Statuses are reconstructed from the narrative and the priorities
 * table (Annex 2's graphics did not survive extraction); see shared/design/catalogue.md.
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
    document:
      "Secretariat report to the Council Working Group on financial and human resources (CWG-FHR) on implementing ITU's resource mobilization strategy (C24/70), Annex 2 and \u201cPriorities for 2025 and 2026\u201d",
    file: '003_90b6a69094807c00.txt',
    note: 'Statuses reconstructed from the report\u2019s narrative and priorities table; verify against Annex 2.',
  },
};

export const SEED_AREAS: Area[] = [
  { code: 'M', name: 'Strengthen membership', order: 0, objectives: [OBJECTIVES[0], OBJECTIVES[1], OBJECTIVES[2]] },
  { code: 'E', name: 'Leverage events, products, and services', order: 1, objectives: [OBJECTIVES[3], OBJECTIVES[4]] },
  { code: 'V', name: 'Increase voluntary contributions', order: 2, objectives: [OBJECTIVES[5]] },
];

interface SeedLine {
  code: string;
  title: string;
  text: string;
  status: Status;
  target?: string;
}

const SEED_LINES: SeedLine[] = [
  {
    code: 'M1',
    status: 'Ongoing',
    title: 'Secretariat to develop a more attractive presentation of its budget and unmet needs',
    text: 'Secretariat to develop a more attractive presentation of its budget and unmet needs, clearly identifying funding gap(s), taking into account best practices in the UN system. This will include:',
  },
  {
    code: 'M1a',
    status: 'Ongoing',
    title: 'An attractive, user-friendly web section linking the strategic plan',
    text: 'An attractive, user-friendly web section linking the strategic plan and themes to the budget and expected outcomes/impact.',
  },
  {
    code: 'M1b',
    status: 'Completed',
    target: 'Q3 2025',
    title: 'New executive level briefing and promotional materials',
    text: 'New executive level briefing and promotional materials that delegates can use when making the case for ITU support within their national Administrations.',
  },
  {
    code: 'M2',
    status: 'Ongoing',
    target: 'Q2 2026',
    title: 'Review Sector membership benefits and fees',
    text: 'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups to ensure that benefits are in alignment with expectations, and that Sector membership continues to cover costs. Assess any risks related to potential changes in fees. Among others, consider benefits that would encourage existing Sector Members to have memberships across multiple Sectors and Associates to upgrade to full Sector membership.',
  },
  {
    code: 'M3',
    status: 'Completed',
    target: 'Q3 2025',
    title: 'Identify key non-member companies from under-represented parts',
    text: 'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU.',
  },
  {
    code: 'M4',
    status: 'Ongoing',
    title: 'Modernize study group methodologies and invest further in remote participation',
    text: 'Modernize study group methodologies and invest further in remote participation, supplementing physical participation, to support efficient engagement and return on investment for members, and to increase SME participation.',
  },
  {
    code: 'M5',
    status: 'Ongoing',
    title: 'Organize national/regional industry outreach sessions',
    text: 'Organize national/regional industry outreach sessions together with Member States and Regional Telecommunication Organizations.',
  },
  {
    code: 'M6',
    status: 'Ongoing',
    title: 'Conduct an analysis on the priorities of Sector Members',
    text: 'Conduct an analysis on the priorities of Sector Members to help align offerings with their interests',
  },
  {
    code: 'M7',
    status: 'Ongoing',
    target: 'Q3 2026',
    title: 'Consider new approaches to promote Sector Member engagement',
    text: 'Consider new approaches to promote Sector Member engagement, including promotional material and marketing through digital platforms, and raise awareness in all sectors during major conferences.',
  },
  {
    code: 'M8',
    status: 'Ongoing',
    target: 'Phase 1: Q2 2026',
    title: 'Implement new measures and systems to better coordinate account management',
    text: 'Implement new measures and systems to better coordinate account management and improve ITU-wide service to Member States, Sector Members, donors, etc. This includes addressing internal enablers as part of the transformation plan: IT systems, building staff capacity and skills, streamlining, and modernizing financial and administrative rules and processes, etc.',
  },
  {
    code: 'E1',
    status: 'To be started',
    title: "Assess ITU's positioning in the evolving industry event marketplace",
    text: "Assess ITU's positioning in the evolving industry event marketplace within specific thematic communities to determine the most effective strategy, including identifying areas for investment and revenue potential.",
  },
  {
    code: 'E2',
    status: 'Ongoing',
    title: 'Leverage major ITU events which have built communities of shared interest',
    text: 'Leverage major ITU events which have built communities of shared interest among ITU membership and partners to build a more comprehensive and higher-impact value proposition, including using such events as a platform for multi-stakeholder thematic initiatives.',
  },
  {
    code: 'E3',
    status: 'Ongoing',
    title: 'Consider ways of modernizing event formats',
    text: 'Consider ways of modernizing event formats, including grouping certain themes together across events and reducing duration/number of sessions on-site, while taking advantage of new digital tools and platforms to expand participation and engagement.',
  },
  {
    code: 'E4',
    status: 'To be started',
    title: "Review ITU's products and services (including publications, software, databases, etc)",
    text: "Review ITU's products and services (including publications, software, databases, etc) to ensure that cost recovery and revenue generation methodologies reflect evolving technology and market conditions.",
  },
  {
    code: 'E5',
    status: 'To be started',
    title: 'Analyse the performance and revenue potential of these products and services',
    text: 'Analyse the performance and revenue potential of these products and services and consider potential enhancements as well as new products and services.',
  },
  {
    code: 'E6',
    status: 'To be started',
    title: 'Consider internal lessons learned such as linking products/services to membership benefits',
    text: 'Consider internal lessons learned such as linking products/services to membership benefits, i.e. experience with ITU-T SG2 and numbering.',
  },
  {
    code: 'E7',
    status: 'To be started',
    title: 'Consider external models from other UN bodies, including WIPO',
    text: 'Consider external models from other UN bodies, including WIPO among others.',
  },
  {
    code: 'V1',
    status: 'Ongoing',
    title: 'Specific objectives and required funding should be defined for each major priority area',
    text: 'The overall rationale for seeking voluntary contributions is to increase the capacity of the secretariat to address priority areas identified by Member States which cannot be fully realized through the regular budget. Specific objectives and required funding should be defined for each major priority area, such as regional initiatives, ITU building, projects, ITU-wide thematic initiatives, etc.',
  },
  {
    code: 'V2',
    status: 'Ongoing',
    title: 'As part of a new value proposition for potential donors, develop and promote ITU-wide thematic initiatives',
    text: 'As part of a new value proposition for potential donors, develop and promote ITU-wide thematic initiatives with multi-year commitments to complement activities funded by the regular budget. To get started, ITU is pilot testing Green Digital Action and AI for Good thematic initiatives in 2024.',
  },
  {
    code: 'V3',
    status: 'Ongoing',
    title: 'Strengthen ITU-wide coordination of outreach with partners and donors',
    text: 'Strengthen ITU-wide coordination of outreach with partners and donors leveraging new systems to improve membership engagement.',
  },
  {
    code: 'V4',
    status: 'Ongoing',
    title: 'Collaborate with Member States to reach out to new potential partners and donors',
    text: 'Collaborate with Member States to reach out to new potential partners and donors, including other Ministries in the government and development agencies, as well as foundations. Also explore potential collaboration with development banks.',
  },
  {
    code: 'V5',
    status: 'Ongoing',
    title: 'Strengthen capacity for fundraising and project implementation',
    text: "Strengthen capacity for fundraising and project implementation as part of the ITU's transformation plan. This will help build confidence among donors and partners.",
  },
  {
    code: 'V6',
    status: 'Ongoing',
    title: 'Encourage and recognize in-kind contributions',
    text: 'Encourage and recognize in-kind contributions from Member States and other partners, such as expert secondments, equipment, and services.',
  },
  {
    code: 'V7',
    status: 'To be started',
    title: 'Explore increasing minimum thresholds for sponsorship/voluntary contributions',
    text: 'Explore increasing minimum thresholds for sponsorship/voluntary contributions to reflect the internal administrative/staff cost of acquisition.',
  },
];

export function buildSeedActionLines(now: string): ActionLine[] {
  const positions = new Map<Status, number>();
  return SEED_LINES.map((line) => {
    const order = positions.get(line.status) ?? 0;
    positions.set(line.status, order + 1);
    return {
      code: line.code,
      areaCode: line.code.charAt(0),
      title: line.title,
      text: line.text,
      status: line.status,
      order,
      leadUnit: '',
      target: line.target ?? null,
      health: null,
      healthReason: '',
      notes: '',
      updatedAt: now,
    };
  });
}

export const SEED_PRIORITY_ITEMS: PriorityItem[] = [
  {
    id: 'priority-m1b',
    lineCode: 'M1b',
    text: 'New executive level briefing and promotional materials that delegates can use when making the case for ITU support within their national administrations.',
    milestone: 'Completed',
    target: 'Q3 2025',
    order: 0,
  },
  {
    id: 'priority-m3',
    lineCode: 'M3',
    text: 'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU.',
    milestone: 'Completed',
    target: 'Q3 2025',
    order: 1,
  },
  {
    id: 'priority-m2',
    lineCode: 'M2',
    text: 'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups to ensure that benefits are in alignment with expectations, and that Sector membership continues to cover costs. Assess any risks related to potential changes in fees. Among others, consider benefits that would encourage existing Sector Members to have memberships across multiple Sectors and Associates to upgrade to full Sector membership.',
    milestone: 'Ongoing',
    target: 'Q2 2026',
    order: 2,
  },
  {
    id: 'priority-m7',
    lineCode: 'M7',
    text: 'Consider new approaches to promote Sector Member engagement, including promotional material and marketing through digital platforms, and raise awareness in all sectors during major conferences.',
    milestone: 'Ongoing',
    target: 'Q3 2026',
    order: 3,
  },
  {
    id: 'priority-v1',
    lineCode: 'V1',
    text: 'Review potential for new voluntary contributions, leveraging newly approved WTDC-25 Baku Action Plan, as well as partnership initiatives like P2C.',
    milestone: 'To be started',
    target: 'Q4 2026',
    order: 4,
  },
  {
    id: 'priority-v6',
    lineCode: 'V6',
    text: 'Review potential improvements in how ITU recognizes voluntary contributions to align with evolving expectations among donors.',
    milestone: 'To be started',
    target: 'Q4 2026',
    order: 5,
  },
  {
    id: 'priority-m8',
    lineCode: 'M8',
    text: 'Implement new measures and systems to better coordinate account management and improve ITU-wide service to Member States, Sector Members, donors, etc. This includes addressing internal enablers as part of the transformation plan: IT systems, building staff capacity and skills, streamlining, and modernizing financial and administrative rules and processes, etc.',
    milestone: 'Ongoing',
    target: 'Phase 1: Q2 2026',
    order: 6,
  },
];
