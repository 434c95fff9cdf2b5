import type { SourcePassage } from '../types';

/**
 * The report as it describes itself. The extracted text carries no title line or document symbol
 * of its own, so none is invented here.
 */
export const REPORT_DOCUMENT =
  "Secretariat report to the Council Working Group on financial and human resources (CWG-FHR) on the implementation of ITU's resource mobilization strategy";

const SECTIONS = {
  background: 'Background',
  priorityAreas: 'Priority areas for immediate action',
  sectorMembership: 'Strengthening Sector Membership',
  transformation: 'Transformation as an enabler of resource mobilization strategy implementation',
  prioritiesTable: 'Priorities for 2025 and 2026',
} as const;

function passage(section: keyof typeof SECTIONS, text: string): SourcePassage {
  return { document: REPORT_DOCUMENT, section: SECTIONS[section], text };
}

/**
 * Every passage the seed's statuses rest on, word for word from the report (fixing only the
 * extraction's broken words). Rows of the priorities table quote their cells (action item,
 * milestone, target) joined by " | ". A test checks each one against the report's text.
 */
export const REPORT_PASSAGES = {
  startedTotal: passage('background', 'Out of the 24 action lines, work has started on 18 (75 per cent).'),
  completedIn2025: passage('background', 'Two action lines were identified as high priority and completed in 2025'),
  remainingSix: passage(
    'background',
    'the remaining six action lines are targeted for further assessment, with implementation to start and be completed in the period 2026-2028.',
  ),
  investmentsAssessed: passage(
    'priorityAreas',
    'Regarding leveraging events, products, and services, as well as voluntary contributions, there is potential to grow these sources, but they require significant investments in new/reinforced skills, streamlined processes and digital platforms, which are currently being assessed and developed as part of ITU\u2019s transformation roadmap.',
  ),
  reviewingBenefits: passage(
    'sectorMembership',
    'The secretariat is reviewing Sector membership benefits and has consulted with the Sector Advisory Groups to ensure that benefits are in alignment with expectations.',
  ),
  underRepresentedIdentified: passage(
    'sectorMembership',
    'Under-represented parts of the digital ecosystem and Member States having no Sector Member representation have been identified for targeted campaigns to ensure maximum diversity in ITU\u2019s membership.',
  ),
  sectorMembersConsulted: passage(
    'sectorMembership',
    'Sector Members are also being consulted on their priorities. The results of this consultation will help ITU align its offerings to the members\u2019 interests.',
  ),
  promotionalMaterialsReviewed: passage(
    'sectorMembership',
    'And, promotional materials are being reviewed, and campaigns will be planned to raise awareness in all sectors and to promote engagement.',
  ),
  accountManagementSystems: passage(
    'transformation',
    'As part of the transformation road map, new digital and AI-enabled systems are being implemented to support more effective coordinated account management and to improve ITU-wide outreach with members, donors, and partners',
  ),
  supportsAreas1And3: passage(
    'transformation',
    'This investment will support action areas 1) strengthen membership and 3) increase voluntary contributions.',
  ),
  transformation2026: passage(
    'transformation',
    'Additional transformation efforts to streamline and automate business processes related to recruitment of experts and procurement of services in 2026 will strengthen ITU\u2019s capacity to implement projects on time and on budget, and are therefore essential enablers of action area 3, increase voluntary contributions.',
  ),
  priorityM1b: passage(
    'prioritiesTable',
    'New executive level briefing and promotional materials that delegates can use when making the case for ITU support within their national administrations. | Completed | Q3 2025',
  ),
  priorityM3: passage(
    'prioritiesTable',
    'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU. | Completed | Q3 2025',
  ),
  priorityM2: passage(
    'prioritiesTable',
    'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups to ensure that benefits are in alignment with expectations, and that Sector membership continues to cover costs. Assess any risks related to potential changes in fees. Among others, consider benefits that would encourage existing Sector Members to have memberships across multiple Sectors and Associates to upgrade to full Sector membership. | Ongoing | Q2 2026',
  ),
  priorityM7: passage(
    'prioritiesTable',
    'Consider new approaches to promote Sector Member engagement, including promotional material and marketing through digital platforms, and raise awareness in all sectors during major conferences. | Ongoing | Q3 2026',
  ),
  priorityM8: passage(
    'prioritiesTable',
    'Implement new measures and systems to better coordinate account management and improve ITU-wide service to Member States, Sector Members, donors, etc. This includes addressing internal enablers as part of the transformation plan: IT systems, building staff capacity and skills, streamlining, and modernizing financial and administrative rules and processes, etc. | Ongoing | Phase 1: Q2 2026',
  ),
} as const satisfies Record<string, SourcePassage>;
