import type { Breakdown, BreakdownPart, Indicator, IndicatorPeriod, IndicatorValue } from '../indicators';
import { REPORT_DOCUMENT } from './reportPassages';

/*
 * Seed data for the indicators (issue #18): every figure the source documents give about partnerships,
 * voluntary contributions and Member State contributions, each with its period, its source and the
 * passage it comes from, word for word (whitespace aside). Ids and ranks are fixed so that seeding is
 * deterministic. indicatorSeed.test.ts holds every value against its passage in
 * tests/fixtures/sources/.
 *
 * Figures from a chart: the extraction lost the charts' layout and kept their data as runs of labels
 * then fractions. A chart's shares are seeded as its data (fraction x 100), not as its rounded labels.
 */

export type SeedSourceFile = '000' | '001' | '002' | '003';

/** The plain-text extractions the seed quotes (shared/sources/, copied to tests/fixtures/sources/). */
export const SEED_SOURCE_FILES: Record<SeedSourceFile, string> = {
  '000': '000_23dfb144c67c99a6.txt',
  '001': '001_cda9bb40b5d3682b.txt',
  '002': '002_2a53eea2d0296a00.txt',
  '003': '003_90b6a69094807c00.txt',
};

/**
 * Each document as it describes itself. None of the extractions carries a document symbol; the BDT
 * reports say they are for TDAG ("TDAG is invited to note this document") and what they report on.
 */
export const SEED_SOURCE_DOCUMENTS: Record<SeedSourceFile, string> = {
  '000': 'ITU-D partnerships and resource mobilization: BDT report to TDAG on partnerships and resource mobilization activities undertaken in 2025',
  '001': 'BDT report to TDAG on partnerships and resource mobilization activities undertaken in 2022 (and 1 January-30 April 2023)',
  '002': 'ITU-D partnership and resource mobilization: BDT report to TDAG (WTDC-17 outcomes; status for 2018 and 2015-2018)',
  '003': REPORT_DOCUMENT,
};

/**
 * The passage a seeded number comes from. `scale` multiplies the passage's numbers when its table
 * states the unit once ("Funds signed (in USD million)"). `sumOfBreakdown` marks a value the source
 * gives only as the parts of a chart: the value is their sum, and the passage is the chart's.
 */
export interface SeedPassage {
  file: SeedSourceFile;
  section: string;
  text: string;
  scale?: number;
  sumOfBreakdown?: string;
}

/**
 * Keys: `${periodId}:actual` for a period's value, `${periodId}:${breakdownId}` for a breakdown (its
 * passage gives the parts in order), `${periodId}:note:${n}` for a passage a period's note rests on.
 */
export const SEED_INDICATOR_PASSAGES: Record<string, SeedPassage> = {};

// ---------------------------------------------------------------------------------------------
// Sections (headings, tables and charts, as the extractions word them)

const S000 = {
  results2025: '3. Partnerships and results of resource mobilization in 2025',
  results2026: '4. Partnerships and results of resource mobilization in 2026',
  partnerTypeChart: 'Financial contributions signed by partners (2025)',
  regionChart: 'Signed agremeents and financial contributions by regions (2025)',
  priorityChart: 'Signed agremeents and financial contributions by ITU-D priorities (2025)',
} as const;

const S001 = {
  results2022: '3. Partnerships and results of resource mobilization in 2022',
  results2023: '4. Partnerships and results of resource mobilization between 1 January and 30 April 2023',
  partnerTypeChart2022: "BDT Partners' financial contributions per type (2022)",
  regionChart2022: 'Distribution of agreements signed per regions (2022)',
  thematicChart2022: 'Distribution of agreements signed per thematic priorities (2022)',
  cofinancingChart2023: 'Co-financing arrangements (1 Jan. - 30 Apr. 2023)',
  regionChart2023: 'Distribution of agreements signed per regions (1 Jan. - 30 Apr. 2023)',
  priorityChart2023: 'Distribution of agreements signed per ITU-D priorities (1 Jan. - 30 Apr. 2023)',
  agreementsChart: 'Number of Agreements signed',
  fundsChart: 'Funds signed (in USD million)',
} as const;

const S002 = {
  status: '3. Status Analysis',
  regionChart: 'Beneficiary Regions of new signed Agreements',
} as const;

const S003 = {
  priorityAreas: 'Priority areas for immediate action',
  unitRevenues: 'Securing Member State unit revenues',
} as const;

function quote(file: SeedSourceFile, section: string, text: string, scale?: number): SeedPassage {
  return scale === undefined ? { file, section, text } : { file, section, text, scale };
}

/** A chart's share (a fraction of 1 in the extraction) as a percentage. */
const pct = (fraction: number): number => fraction * 100;
const MILLION = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Passages

const P = {
  // 000: 2025 and January-February 2026
  agreements2025: quote(
    '000',
    S000.results2025,
    'In 2025, through the collaborative efforts of ITU memberships, partners and BDT staff (both in the regions and at headquarters), the ITU/BDT signed 76 partnership agreements',
  ),
  financial2025: quote(
    '000',
    S000.results2025,
    'out of which 53 included financial contributions totalling approximately USD 7.6 million, with 72% contributed by BDT partners and 28% by ITU.',
  ),
  partners2025: quote('000', S000.results2025, 'These partnership agreements were signed with 60 partners of various type, as follows:'),
  membership2025: quote(
    '000',
    S000.results2025,
    'These partners included 16 Member States, 8 ITU-D Sector Members, 2 Academia, 2 Intergovernmental Organizations Operating Satellite Systems and 4 Regional and other International Organizations, based on ITU Membership categories',
  ),
  financialPartners2025: quote(
    '000',
    S000.results2025,
    'Out of the 60 BDT partners, 36 signed financial contribution(s) for a total amount of about USD 5.5 million distributed as detailed below:',
  ),
  top5Partners2025: quote(
    '000',
    S000.results2025,
    'Foreign, Commonwealth & Development Office, United Kingdom USD 1.19 million Ministry of Foreign Affairs and International Cooperation, Italy USD 0.70 million Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH USD 0.54 million Ministry of National Security, Bermuda USD 0.37 million Ministry of International Affairs and Communications, Japan USD 0.33 million',
  ),
  partnerTypeFunds2025: quote(
    '000',
    S000.partnerTypeChart,
    "Academia Governmental entities Int'l & Reg. Org. UN organizations Private sector (incl. Foundation) 7.5468581739667924E-3 0.84991097362500867 4.0372095054774702E-2 3.9860026981881784E-2 6.2310046164368034E-2",
  ),
  regionNumber2025: quote(
    '000',
    S000.regionChart,
    'Number of agreements AFR AMS ARB ASP CIS EUR Multi regions 0.19736842105263158 3.9473684210526314E-2 7.8947368421052627E-2 0.11842105263157894 2.6315789473684209E-2 7.8947368421052627E-2 0.46052631578947367',
  ),
  regionFunds2025: quote(
    '000',
    S000.regionChart,
    'Financial contributions AFR AMS ARB ASP CIS EUR Multi regions 0.22840539743139907 6.2284312096840183E-2 5.0771683252374571E-2 5.0771683252374571E-2 2.0421085933390225E-2 0.13838287704591945 0.44896296098770189',
  ),
  priorityNumber2025: quote(
    '000',
    S000.priorityChart,
    'Number of agreements Affordable connectivity Digital Transformation Enabling policy and regulatory environment Inclusive & secure telecom/ICTs for sustainable dev Multi priorities 0.11842105263157894 0.27631578947368424 0.17105263157894737 0.13157894736842105 0.30263157894736842',
  ),
  priorityFunds2025: quote(
    '000',
    S000.priorityChart,
    'Financial contributions Affordable connectivity Digital Transformation Enabling policy and regulatory environment Inclusive & secure telecom/ICTs for sustainable dev Multi priorities 8.9233619210366086E-2 0.29878720616456517 3.9703849954120879E-2 0.21360418005313514 0.35867114461781269',
  ),
  janFeb2026: quote(
    '000',
    S000.results2026,
    'This work has resulted in the signature of five partnership agreements between 1 January and 28 February 2026, representing a total signed financial contribution of USD 175,908',
  ),

  // 001: 2022 and 1 January-30 April 2023
  agreements2022: quote(
    '001',
    S001.results2022,
    'In 2022, BDT signed 71 agreements with a wide range of partners, out of which 50 had financial contributions amounting to around USD 9.7 million.',
  ),
  partners2022: quote(
    '001',
    S001.results2022,
    'In 2022, the BDT signed agreements with 57 different partners that included Governmental entities (42%), Private sector entities (32%), Academia (7%), UN organizations (7%), Others (5%), International and Regional Organizations and Associations (4%), Financial institutions (2%) and Foundations (2%).',
  ),
  membership2022: quote(
    '001',
    S001.results2022,
    'Amongst these partners, 19% were ITU ADMIN, 8% ITU ADMIN RELATED, 12% ITU-D Sector Members (7% SIO and 5% ROA), 4% ITU REGINTORG, 2% ITU UNIVER/RSRCH and 2% ITU OTHER ENTITIES, as per ITU Membership categories',
  ),
  top3Partners2022: quote(
    '001',
    S001.results2022,
    'Federal Department of Foreign Affairs acting through the State Secretariat, United Nations Division, Switzerland CHF 2.4 million UN/UNDP Multi-Partner Trust Fund Office USD 1.6 million Department of Foreign Affairs and Trade, Australia AUD 1.5 million',
  ),
  partnerTypeFunds2022: quote(
    '001',
    S001.partnerTypeChart2022,
    "0.2% 74.5% 1.6% 5.3% 18.5% Foundations Governmental entities Other Private Sector entities UN organizations 1.7172596154231437E-3 0.75591283968683143 1.5684304487531379E-2 4.2139604734919796E-2 0.1845459914752943",
  ),
  regionNumber2022: quote(
    '001',
    S001.regionChart2022,
    'Number of agreements Africa Americas Arab states Asia-Pacific CIS Europe Multi-regions 0.12676056338028169 8.4507042253521125E-2 8.4507042253521125E-2 0.23943661971830985 2.8169014084507043E-2 4.2253521126760563E-2 0.39436619718309857',
  ),
  regionFunds2022: quote(
    '001',
    S001.regionChart2022,
    'Funds signed (2022) Africa Americas Arab states Asia-Pacific CIS Europe Multi-regions 6.6484097710276691E-2 2.0108025308975777E-2 3.8320349054801812E-2 0.43300187770734178 9.4441740140485224E-3 2.4056722749690763E-2 0.40858475345486467',
  ),
  thematicFunds2022: quote(
    '001',
    S001.thematicChart2022,
    'Funds signed Multi-thematic Statistics Network & Digital Infrast. Environment Emergency Telecom Digital Services & App Digital Innovation Ecosystem Digital Inclusion Cybersecurity Capacit Development 0.35391262109516347 0 0.38858779592608761 3.4126971569440477E-3 2.1820578791369515E-2 4.6728304113923688E-2 2.5026445817589681E-2 0.15523480338882897 0 5.2767537100930307E-3',
  ),
  thematicNumber2022: quote(
    '001',
    S001.thematicChart2022,
    'Number of agreements Multi-thematic Statistics Network & Digital Infrast. Environment Emergency Telecom Digital Services & App Digital Innovation Ecosystem Digital Inclusion Cybersecurity Capacit Development 0.15492957746478872 1.4084507042253521E-2 0.12676056338028169 2.8169014084507043E-2 7.0422535211267609E-2 4.2253521126760563E-2 0.15492957746478872 0.25352112676056338 1.4084507042253521E-2 0.14084507042253522',
  ),
  agreements2023: quote(
    '001',
    S001.results2023,
    'From 1 January to 30 April 2023, BDT signed 30 agreements with a wide range of partners, out of which 12 had financial contributions amounting to around USD 5.4 million.',
  ),
  chartSlip2023: quote(
    '001',
    S001.results2023,
    'The total financial contributions signed by BDT and its partners in 2022 were distributed as follows: The three funding partners with the largest financial contributions between January and end of April 2023:',
  ),
  top3Partners2023: quote(
    '001',
    S001.results2023,
    'European Commission EUR 3 million Deutsche Gesellschaft für Internationale Zusammenarbeit EUR 0.9 million Ministry of Internal Affairs and Communications USD 0.6 million',
  ),
  partners2023: quote(
    '001',
    S001.results2023,
    'During the period between 1 January and 30 April 2023, BDT signed agreements with 26 different partners, out of which Academia (35%), Governmental entities (31%), UN organizations (15%), Private sector entities (8%), International and Regional Organizations and Associations (8%) and Financial institutions (4%).',
  ),
  membership2023: quote(
    '001',
    S001.results2023,
    'Amongst these partners, 15% were ITU ADMIN, 12% ITU UNIVER/RSRCH, 8% ITU-D Sector Members (SIO) and, 4% ITU REGINTORG, as per ITU Membership categories.',
  ),
  p2c: quote(
    '001',
    S001.results2023,
    'The outcomes of the Partner2Connect Digital Coalition, which registered 617 pledges valued at USD 30 billion as of 30 April 2023',
  ),
  cofinancing2023: quote('001', S001.cofinancingChart2023, "2% 98% ITU component Partner's component 1.6018473406189643E-2 0.98398152659381033"),
  regionNumber2023: quote(
    '001',
    S001.regionChart2023,
    'Number of agreements Africa Americas Asia-Pacific Europe Multi-regions 0.2 0.13333333333333333 0.3 0.13333333333333333 0.23333333333333334',
  ),
  regionFunds2023: quote(
    '001',
    S001.regionChart2023,
    'Funds signed Africa Americas Asia-Pacific Europe Multi-regions 5.1380640731537412E-2 2.0191970120552884E-2 2.9387979633972335E-2 0 0.89903940951393735',
  ),
  priorityNumber2023: quote(
    '001',
    S001.priorityChart2023,
    'number of agreements Multi-priorities Inclusive & secure telecom/ICTs for sustainable dev. Enabling policy & regulatory envir. Digital transformation Affordable connectivity 0.16666666666666666 0.13333333333333333 0.46666666666666667 0.13333333333333333 0.1',
  ),
  priorityFunds2023: quote(
    '001',
    S001.priorityChart2023,
    'Funds signed Multi-priorities Inclusive & secure telecom/ICTs for sustainable dev. Enabling policy & regulatory envir. Digital transformation Affordable connectivity 5.1380640731537412E-2 2.5267014633781813E-2 0.62965566941126372 0.23265630312130867 6.1040372102108331E-2',
  ),
  agreementsJanApr: quote('001', S001.agreementsChart, 'Number of Agreements signed Jan-Apr 2022 Number of Agreements signed 33 Jan-Apr 2023 30'),
  strayChartFigure: quote('001', S001.agreementsChart, 'Jan-Apr 2023 30 Number of Agreements signed 28'),
  fundsJanApr2022: quote('001', S001.fundsChart, 'Funds signed (in USD million) Jan-Apr 2022 3.4 0.5 3.9 Partners ITU Total 3.43 0.46 3.89', MILLION),
  fundsJanApr2023: quote('001', S001.fundsChart, 'Jan-Apr 2023 5.3 0.1 5.4 Partners ITU Total 5.32 0.09 5.41', MILLION),

  // 002: 2018 and 2015-2018
  status2018: quote(
    '002',
    S002.status,
    'In 2018, 43 new partnership agreements and 7 addenda/amendments were signed between BDT and various stakeholders, with an estimated value of USD 10.9 million, cofinanced by BDT and external partners.',
  ),
  status2015to2018: quote(
    '002',
    S002.status,
    'Between 2015 and 2018, 200 new partnership agreements and 39 addenda/amendments were signed between BDT and various partners, with the following distribution, per beneficiary regions and per areas of action.',
  ),
  academyAgreements2015: quote(
    '002',
    S002.status,
    'Note: In 2015, 28 agreements were signed for implementation of the \u201cJoint Capacity-Building Activities under the ITU Academy Centres of Excellence\u201d',
  ),
  regions2015: quote('002', S002.regionChart, '2015 AFR AMS ARB ASP CIS EUR GLO 16.5 9 7 15 3 7.5 10'),
  regions2016: quote('002', S002.regionChart, '2016 AFR AMS ARB ASP CIS EUR GLO 3 4 3 2 1 1 15'),
  regions2017: quote('002', S002.regionChart, '2017 AFR AMS ARB ASP CIS EUR GLO 5 8 3 8 1 2 33'),
  regions2018: quote('002', S002.regionChart, '2018 AFR AMS ARB ASP CIS EUR GLO 4 5 3 7 1 2 21'),

  // 003: the secretariat's report to CWG-FHR
  classResponses: quote(
    '003',
    S003.unitRevenues,
    'As of 9 December, 19 responses from Member States had been received with 17 confirming that they would maintain their existing unit contribution level while 2 Member States indicated they intended to decrease their unit contribution level.',
  ),
  classDeadline: quote(
    '003',
    S003.unitRevenues,
    'requesting that Member States announce their provisional class of contribution for the period 2028-2031 before the end of the calendar year 2025.',
  ),
  unitShare: quote('003', S003.priorityAreas, 'As about 70 per cent of ITU\u2019s regular budget comes from Member State unit contributions'),
  sectorShare: quote('003', S003.priorityAreas, 'followed by Sector Membership which accounts for another 10 per cent.'),
} as const;

// ---------------------------------------------------------------------------------------------
// Builders: each value and breakdown takes its source from its passage, and registers the passage.

interface SeedFigure {
  value: number;
  passage: SeedPassage;
  /** The id of the breakdown whose parts this value adds up (the source gives no total). */
  sumOfBreakdown?: string;
}

interface SeedBreakdown {
  id: string;
  dimension: string;
  partsUnit: Breakdown['partsUnit'];
  parts: BreakdownPart[];
  passage: SeedPassage;
  note: string;
}

interface SeedPeriod {
  id: string;
  indicatorId: string;
  start: string;
  end: string;
  actual: SeedFigure | null;
  breakdowns?: SeedBreakdown[];
  note?: string;
  /** Passages the note quotes figures from (figures the model cannot hold as values). */
  notePassages?: SeedPassage[];
}

function sourceOf(passage: SeedPassage) {
  return { document: SEED_SOURCE_DOCUMENTS[passage.file], section: passage.section, page: null };
}

function figure(seed: SeedFigure | null): IndicatorValue | null {
  return seed === null ? null : { value: seed.value, source: sourceOf(seed.passage) };
}

function period(seed: SeedPeriod): IndicatorPeriod {
  if (seed.actual !== null) {
    SEED_INDICATOR_PASSAGES[`${seed.id}:actual`] =
      seed.actual.sumOfBreakdown === undefined ? seed.actual.passage : { ...seed.actual.passage, sumOfBreakdown: seed.actual.sumOfBreakdown };
  }
  const breakdowns = (seed.breakdowns ?? []).map((breakdown): Breakdown => {
    SEED_INDICATOR_PASSAGES[`${seed.id}:${breakdown.id}`] = breakdown.passage;
    return {
      id: breakdown.id,
      dimension: breakdown.dimension,
      partsUnit: breakdown.partsUnit,
      parts: breakdown.parts,
      source: sourceOf(breakdown.passage),
      note: breakdown.note,
    };
  });
  (seed.notePassages ?? []).forEach((passage, index) => {
    SEED_INDICATOR_PASSAGES[`${seed.id}:note:${index + 1}`] = passage;
  });
  return {
    id: seed.id,
    indicatorId: seed.indicatorId,
    start: seed.start,
    end: seed.end,
    baseline: null,
    target: null,
    actual: figure(seed.actual),
    breakdowns,
    note: seed.note ?? '',
    updatedAt: null,
    updatedBy: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Indicators

const IND = {
  agreements: '01KJMMA2G0WQ060V31Z0H04VW7',
  addenda: '01KJMMA2G1Y2XAA9DYJ42GPR2N',
  financialAgreements: '01KJMMA2G20WJ0X1P6VTMFKZMK',
  contributions: '01KJMMA2G3GYM5B3ZD17PN1FRE',
  partnerContributions: '01KJMMA2G4VC22MNG041YQ0DVJ',
  partners: '01KJMMA2G5SPC4104RG1ZH8K88',
  financialPartners: '01KJMMA2G60ZWPC0RMEVT8C5TM',
  classResponses: '01KJMMA2G7BMT5JNTDFGA04VFS',
  unitShare: '01KJMMA2G8MBE53KMXS9XFHQ42',
  sectorShare: '01KJMMA2G9NW5HKJGKG7M0JCWV',
  p2cPledges: '01KJMMA2GAA0BGBE1X93QW2SY6',
  p2cValue: '01KJMMA2GBV40B3G2CFY2VQTY3',
} as const;

const BDT_ONLY = 'BDT (ITU-D) figures only, not ITU-wide.';

export const SEED_INDICATORS: Indicator[] = [
  {
    id: IND.agreements,
    name: 'BDT partnership agreements signed',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V3', 'V4'],
    definition: `New partnership agreements (memoranda of understanding, cooperation, project, voluntary-contribution and sponsorship agreements) BDT signed with partners in the period, with or without a financial contribution; addenda and amendments are counted apart. ${BDT_ONLY}`,
    rank: 'a0',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.addenda,
    name: 'BDT partnership addenda and amendments signed',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: [],
    definition: `Addenda and amendments to existing partnership agreements BDT signed in the period. ${BDT_ONLY}`,
    rank: 'a1',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.financialAgreements,
    name: 'BDT agreements with a financial contribution',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V5'],
    definition: `Partnership agreements signed in the period that include a financial contribution (the others are in kind or without funds). ${BDT_ONLY}`,
    rank: 'a2',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.contributions,
    name: 'Financial contributions signed (BDT)',
    unit: { kind: 'money', currency: 'USD' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V1', 'V5'],
    definition: `Total value of the financial contributions in the agreements BDT signed in the period, partners' and ITU's components together, in US dollars as at the date of signature. ${BDT_ONLY}`,
    rank: 'a3',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.partnerContributions,
    name: "Partners' financial contributions signed (BDT)",
    unit: { kind: 'money', currency: 'USD' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V1', 'V4'],
    definition: `The partners' component of the financial contributions BDT signed in the period (ITU's own component left out), in US dollars as at the date of signature. ${BDT_ONLY}`,
    rank: 'a4',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.partners,
    name: 'BDT partners with agreements signed',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V3', 'V4'],
    definition: `Distinct partners (governments, private sector, academia, UN and other organizations) with which BDT signed at least one agreement in the period. ${BDT_ONLY}`,
    rank: 'a5',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.financialPartners,
    name: 'BDT financial partners',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: ['V4'],
    definition: `Partners that signed at least one financial contribution with BDT in the period. ${BDT_ONLY}`,
    rank: 'a6',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.classResponses,
    name: 'Member State responses on class of contribution 2028-2031',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'M',
    lineCodes: ['M1', 'M1b'],
    definition:
      'Member States that have announced their provisional class of contribution for 2028-2031 in reply to circular letter CL-25/36, counted as replies arrive, with what each intends (maintain, increase or decrease its unit contribution level).',
    rank: 'a7',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.unitShare,
    name: 'Share of the regular budget from Member State unit contributions',
    unit: { kind: 'percent' },
    direction: 'higher',
    areaCode: 'M',
    lineCodes: [],
    definition: "The part of ITU's regular budget that Member States' unit contributions provide, as the secretariat states it.",
    rank: 'a8',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.sectorShare,
    name: 'Share of the regular budget from Sector Membership',
    unit: { kind: 'percent' },
    direction: 'higher',
    areaCode: 'M',
    lineCodes: ['M2'],
    definition: "The part of ITU's regular budget that Sector Membership fees provide, as the secretariat states it.",
    rank: 'a9',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.p2cPledges,
    name: 'Partner2Connect Digital Coalition pledges',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: [],
    definition:
      'Pledges registered with the Partner2Connect Digital Coalition, counted to the date given. Pledges are commitments to digital development, not contributions to ITU.',
    rank: 'aA',
    updatedAt: null,
    updatedBy: null,
  },
  {
    id: IND.p2cValue,
    name: 'Value of Partner2Connect pledges',
    unit: { kind: 'money', currency: 'USD' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: [],
    definition: 'The value in US dollars of the pledges registered with the Partner2Connect Digital Coalition, to the date given; not money received by ITU.',
    rank: 'aB',
    updatedAt: null,
    updatedBy: null,
  },
];

// ---------------------------------------------------------------------------------------------
// Periods

const REGIONS_2015_2018 = 'Beneficiary region (AFR Africa, AMS Americas, ARB Arab States, ASP Asia-Pacific, CIS, EUR Europe, GLO global)';
const REGION = 'Beneficiary region';
const ITU_D_PRIORITY = 'ITU-D priority (Kigali Action Plan)';
const THEMATIC_PRIORITY = 'Thematic priority (Buenos Aires Action Plan)';
const ROUNDED_SHARES = 'Shares as the chart data give them (the chart labels round them); they add up to 100 within the data\u2019s rounding.';
const WHOLE_AGREEMENTS = (total: number, counts: string) =>
  `Shares of the ${total} agreements as the chart data give them; each is a whole number of agreements (${counts}).`;
const JAN_APR_CHART = "From the report's chart comparing 1 January-30 April 2022 and 2023.";
const MEMBERSHIP_FOOTNOTE =
  'ADMIN: Administrations, REGINTORG: Regional and other International Organizations, SIO: Scientific Industrial Organizations, UNIVER/RSRCH: Universities, research institutes (the report\u2019s footnote).';

const REGION_CODES_2015_2018 = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR', 'GLO'];

function regions2015to2018(id: string, passage: SeedPassage, values: readonly number[], note: string): SeedBreakdown {
  const parts = values.map((value, i) => ({ label: REGION_CODES_2015_2018[i] ?? '', value }));
  return { id, dimension: REGIONS_2015_2018, partsUnit: 'value', parts, passage, note };
}

const BD_2015 = '01KJMMA2GCEDRG9F8C2YKC6VV2';
const BD_2016 = '01KJMMA2GDRMDE2JT9SS8ABM82';
const BD_2017 = '01KJMMA2GEBDQM5K0K18SJP53P';

export const SEED_INDICATOR_PERIODS: IndicatorPeriod[] = [
  // BDT partnership agreements signed
  period({
    id: '01KJMMA2GFH1SKF4V2KTFMJSJG',
    indicatorId: IND.agreements,
    start: '2015-01-01',
    end: '2018-12-31',
    actual: { value: 200, passage: P.status2015to2018 },
    note: "Plus 39 addenda/amendments (see their own indicator). The report's chart per beneficiary region is seeded on each year; its chart per area of action is not seeded, as the extraction lost which of its figures belongs to which of the 11 areas (9 or 10 figures a year).",
  }),
  period({
    id: '01KJMMA2GGVJ8AZH38VFD34EH1',
    indicatorId: IND.agreements,
    start: '2015-01-01',
    end: '2015-12-31',
    actual: { value: 68, passage: P.regions2015, sumOfBreakdown: BD_2015 },
    breakdowns: [
      regions2015to2018(BD_2015, P.regions2015, [16.5, 9, 7, 15, 3, 7.5, 10], 'The chart counts half agreements (AFR 16.5, EUR 7.5); the report does not say why.'),
    ],
    note: 'The report gives no total for 2015: 68 is the sum of its chart per beneficiary region (its chart per area of action adds up to the same). In 2015, 28 agreements were signed for the Joint Capacity-Building Activities under the ITU Academy Centres of Excellence.',
    notePassages: [P.academyAgreements2015],
  }),
  period({
    id: '01KJMMA2GH5N7GS04M3VANRJM7',
    indicatorId: IND.agreements,
    start: '2016-01-01',
    end: '2016-12-31',
    actual: { value: 29, passage: P.regions2016, sumOfBreakdown: BD_2016 },
    breakdowns: [regions2015to2018(BD_2016, P.regions2016, [3, 4, 3, 2, 1, 1, 15], 'As the chart gives them.')],
    note: 'The report gives no total for 2016: 29 is the sum of its chart per beneficiary region (its chart per area of action adds up to the same).',
  }),
  period({
    id: '01KJMMA2GJKWQRWJ1B7Z1DAMS7',
    indicatorId: IND.agreements,
    start: '2017-01-01',
    end: '2017-12-31',
    actual: { value: 60, passage: P.regions2017, sumOfBreakdown: BD_2017 },
    breakdowns: [regions2015to2018(BD_2017, P.regions2017, [5, 8, 3, 8, 1, 2, 33], 'As the chart gives them.')],
    note: 'The report gives no total for 2017: 60 is the sum of its chart per beneficiary region (its chart per area of action adds up to the same).',
  }),
  period({
    id: '01KJMMA2GKHAE6JDQVYHCKT3S9',
    indicatorId: IND.agreements,
    start: '2018-01-01',
    end: '2018-12-31',
    actual: { value: 43, passage: P.status2018 },
    breakdowns: [regions2015to2018('01KJMMA2GM3ZE2HT6W7Q1J2520', P.regions2018, [4, 5, 3, 7, 1, 2, 21], 'As the chart gives them.')],
    note: 'Plus 7 addenda/amendments (see their own indicator).',
  }),
  period({
    id: '01KJMMA2GNERQV8R2TMVYY4723',
    indicatorId: IND.agreements,
    start: '2022-01-01',
    end: '2022-12-31',
    actual: { value: 71, passage: P.agreements2022 },
    breakdowns: [
      {
        id: '01KJMMA2GP37H131V8T5YFWKR2',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'Africa', value: pct(0.12676056338028169) },
          { label: 'Americas', value: pct(8.4507042253521125e-2) },
          { label: 'Arab states', value: pct(8.4507042253521125e-2) },
          { label: 'Asia-Pacific', value: pct(0.23943661971830985) },
          { label: 'CIS', value: pct(2.8169014084507043e-2) },
          { label: 'Europe', value: pct(4.2253521126760563e-2) },
          { label: 'Multi-regions', value: pct(0.39436619718309857) },
        ],
        passage: P.regionNumber2022,
        note: WHOLE_AGREEMENTS(71, '9, 6, 6, 17, 2, 3 and 28'),
      },
      {
        id: '01KJMMA2GQRNASQK4MGQNQ6F4E',
        dimension: THEMATIC_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Multi-thematic', value: pct(0.15492957746478872) },
          { label: 'Statistics', value: pct(1.4084507042253521e-2) },
          { label: 'Network & Digital Infrast.', value: pct(0.12676056338028169) },
          { label: 'Environment', value: pct(2.8169014084507043e-2) },
          { label: 'Emergency Telecom', value: pct(7.0422535211267609e-2) },
          { label: 'Digital Services & App', value: pct(4.2253521126760563e-2) },
          { label: 'Digital Innovation Ecosystem', value: pct(0.15492957746478872) },
          { label: 'Digital Inclusion', value: pct(0.25352112676056338) },
          { label: 'Cybersecurity', value: pct(1.4084507042253521e-2) },
          { label: 'Capacity Development', value: pct(0.14084507042253522) },
        ],
        passage: P.thematicNumber2022,
        note: `${WHOLE_AGREEMENTS(71, '11, 1, 9, 2, 5, 3, 11, 18, 1 and 10')} "Capacit Development" in the extraction is read as "Capacity Development".`,
      },
    ],
  }),
  period({
    id: '01KJMMA2GR4B7M7V845FJEEMXQ',
    indicatorId: IND.agreements,
    start: '2022-01-01',
    end: '2022-04-30',
    actual: { value: 33, passage: P.agreementsJanApr },
    note: `${JAN_APR_CHART} The text gives no figure for January-April 2022.`,
  }),
  period({
    id: '01KJMMA2GS2EVSCXVGTXNAQ2MQ',
    indicatorId: IND.agreements,
    start: '2023-01-01',
    end: '2023-04-30',
    actual: { value: 30, passage: P.agreements2023 },
    breakdowns: [
      {
        id: '01KJMMA2GT5TDSMP1PH03S0KEG',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'Africa', value: pct(0.2) },
          { label: 'Americas', value: pct(0.13333333333333333) },
          { label: 'Asia-Pacific', value: pct(0.3) },
          { label: 'Europe', value: pct(0.13333333333333333) },
          { label: 'Multi-regions', value: pct(0.23333333333333334) },
        ],
        passage: P.regionNumber2023,
        note: WHOLE_AGREEMENTS(30, '6, 4, 9, 4 and 7'),
      },
      {
        id: '01KJMMA2GVWQ326QEDG0QRYWWC',
        dimension: ITU_D_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Multi-priorities', value: pct(0.16666666666666666) },
          { label: 'Inclusive & secure telecom/ICTs for sustainable dev.', value: pct(0.13333333333333333) },
          { label: 'Enabling policy & regulatory envir.', value: pct(0.46666666666666667) },
          { label: 'Digital transformation', value: pct(0.13333333333333333) },
          { label: 'Affordable connectivity', value: pct(0.1) },
        ],
        passage: P.priorityNumber2023,
        note: WHOLE_AGREEMENTS(30, '5, 4, 14, 4 and 3'),
      },
    ],
    note: "The report's comparison chart also gives 30 for January-April 2023, but its extraction carries a further figure, 28, under \"Number of Agreements signed\" with no period; the text's 30 is seeded.",
    notePassages: [P.strayChartFigure],
  }),
  period({
    id: '01KJMMA2GW0CFSTW28VB3HCA5Z',
    indicatorId: IND.agreements,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 76, passage: P.agreements2025 },
    breakdowns: [
      {
        id: '01KJMMA2GXMYT5Q18MY4NEC6RH',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'AFR', value: pct(0.19736842105263158) },
          { label: 'AMS', value: pct(3.9473684210526314e-2) },
          { label: 'ARB', value: pct(7.8947368421052627e-2) },
          { label: 'ASP', value: pct(0.11842105263157894) },
          { label: 'CIS', value: pct(2.6315789473684209e-2) },
          { label: 'EUR', value: pct(7.8947368421052627e-2) },
          { label: 'Multi regions', value: pct(0.46052631578947367) },
        ],
        passage: P.regionNumber2025,
        note: WHOLE_AGREEMENTS(76, '15, 3, 6, 9, 2, 6 and 35; with and without financial contributions'),
      },
      {
        id: '01KJMMA2GY33RY5ENHR7BDWNW8',
        dimension: ITU_D_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Affordable connectivity', value: pct(0.11842105263157894) },
          { label: 'Digital Transformation', value: pct(0.27631578947368424) },
          { label: 'Enabling policy and regulatory environment', value: pct(0.17105263157894737) },
          { label: 'Inclusive & secure telecom/ICTs for sustainable dev', value: pct(0.13157894736842105) },
          { label: 'Multi priorities', value: pct(0.30263157894736842) },
        ],
        passage: P.priorityNumber2025,
        note: WHOLE_AGREEMENTS(76, '9, 21, 13, 10 and 23'),
      },
    ],
  }),
  period({
    id: '01KJMMA2GZ4650ZTA1ZA8YSQRE',
    indicatorId: IND.agreements,
    start: '2026-01-01',
    end: '2026-02-28',
    actual: { value: 5, passage: P.janFeb2026 },
    note: 'The report gives the number in words ("five").',
  }),

  // BDT partnership addenda and amendments signed
  period({
    id: '01KJMMA2H01QZ179BHY82MXT8Q',
    indicatorId: IND.addenda,
    start: '2015-01-01',
    end: '2018-12-31',
    actual: { value: 39, passage: P.status2015to2018 },
  }),
  period({
    id: '01KJMMA2H17FAZ641KQ4DJHA4F',
    indicatorId: IND.addenda,
    start: '2018-01-01',
    end: '2018-12-31',
    actual: { value: 7, passage: P.status2018 },
  }),

  // BDT agreements with a financial contribution
  period({
    id: '01KJMMA2H27S2QCPYSN6Y1FX73',
    indicatorId: IND.financialAgreements,
    start: '2022-01-01',
    end: '2022-12-31',
    actual: { value: 50, passage: P.agreements2022 },
    note: 'Out of 71 agreements signed.',
  }),
  period({
    id: '01KJMMA2H325AHJH9QV4W3VCWX',
    indicatorId: IND.financialAgreements,
    start: '2023-01-01',
    end: '2023-04-30',
    actual: { value: 12, passage: P.agreements2023 },
    note: 'Out of 30 agreements signed.',
  }),
  period({
    id: '01KJMMA2H4X5PSS9FMJWKBYHEH',
    indicatorId: IND.financialAgreements,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 53, passage: P.financial2025 },
    note: 'Out of 76 agreements signed.',
  }),

  // Financial contributions signed (BDT)
  period({
    id: '01KJMMA2H5DAQXFW41WSFVN7B0',
    indicatorId: IND.contributions,
    start: '2018-01-01',
    end: '2018-12-31',
    actual: { value: 10_900_000, passage: P.status2018 },
    note: 'An estimate ("estimated value of USD 10.9 million"), for the 43 agreements and 7 addenda/amendments together, cofinanced by BDT and external partners.',
  }),
  period({
    id: '01KJMMA2H6XY0S0KQYYET5D0K9',
    indicatorId: IND.contributions,
    start: '2022-01-01',
    end: '2022-12-31',
    actual: { value: 9_700_000, passage: P.agreements2022 },
    breakdowns: [
      {
        id: '01KJMMA2H77KWMR6N1J0PF4MDY',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'Africa', value: pct(6.6484097710276691e-2) },
          { label: 'Americas', value: pct(2.0108025308975777e-2) },
          { label: 'Arab states', value: pct(3.8320349054801812e-2) },
          { label: 'Asia-Pacific', value: pct(0.43300187770734178) },
          { label: 'CIS', value: pct(9.4441740140485224e-3) },
          { label: 'Europe', value: pct(2.4056722749690763e-2) },
          { label: 'Multi-regions', value: pct(0.40858475345486467) },
        ],
        passage: P.regionFunds2022,
        note: ROUNDED_SHARES,
      },
      {
        id: '01KJMMA2H85Q97DHSWPNASDRNT',
        dimension: THEMATIC_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Multi-thematic', value: pct(0.35391262109516347) },
          { label: 'Statistics', value: 0 },
          { label: 'Network & Digital Infrast.', value: pct(0.38858779592608761) },
          { label: 'Environment', value: pct(3.4126971569440477e-3) },
          { label: 'Emergency Telecom', value: pct(2.1820578791369515e-2) },
          { label: 'Digital Services & App', value: pct(4.6728304113923688e-2) },
          { label: 'Digital Innovation Ecosystem', value: pct(2.5026445817589681e-2) },
          { label: 'Digital Inclusion', value: pct(0.15523480338882897) },
          { label: 'Cybersecurity', value: 0 },
          { label: 'Capacity Development', value: pct(5.2767537100930307e-3) },
        ],
        passage: P.thematicFunds2022,
        note: `${ROUNDED_SHARES} "Capacit Development" in the extraction is read as "Capacity Development".`,
      },
    ],
    note: 'About USD 9.7 million ("around"). The report has no figure for the split between partners and ITU in 2022: its chart for it did not survive extraction.',
  }),
  period({
    id: '01KJMMA2H9XXZ4AQ4J28C6W6JP',
    indicatorId: IND.contributions,
    start: '2022-01-01',
    end: '2022-04-30',
    actual: { value: 3_890_000, passage: P.fundsJanApr2022 },
    breakdowns: [
      {
        id: '01KJMMA2HAPTRCDFJ983WB2YY5',
        dimension: 'Contributor',
        partsUnit: 'value',
        parts: [
          { label: 'Partners', value: 3_430_000 },
          { label: 'ITU', value: 460_000 },
        ],
        passage: P.fundsJanApr2022,
        note: 'In USD million to two decimals, as the chart data give them.',
      },
    ],
    note: `${JAN_APR_CHART} The text gives no figure for January-April 2022; the chart's data are in USD million to two decimals (its labels round to one: 3.9).`,
  }),
  period({
    id: '01KJMMA2HBTJAN2RE5XJA2CYT1',
    indicatorId: IND.contributions,
    start: '2023-01-01',
    end: '2023-04-30',
    actual: { value: 5_400_000, passage: P.agreements2023 },
    breakdowns: [
      {
        id: '01KJMMA2HCGJAJPT8SKY58K38M',
        dimension: 'Contributor',
        partsUnit: 'value',
        parts: [
          { label: 'Partners', value: 5_320_000 },
          { label: 'ITU', value: 90_000 },
        ],
        passage: P.fundsJanApr2023,
        note: "From the comparison chart, whose data add up to USD 5.41 million; the text's total rounds it to about USD 5.4 million.",
      },
      {
        id: '01KJMMA2HDYA5KXCYTMWKZ2MYB',
        dimension: 'Contributor (share, co-financing chart)',
        partsUnit: 'share',
        parts: [
          { label: 'ITU component', value: pct(1.6018473406189643e-2) },
          { label: "Partner's component", value: pct(0.98398152659381033) },
        ],
        passage: P.cofinancing2023,
        note: 'As the chart data give them (its labels round to 2 % and 98 %). The report introduces this chart as the distribution "in 2022", a slip: the chart is titled 1 Jan.-30 Apr. 2023.',
      },
      {
        id: '01KJMMA2HEMG23C6Q3NYHG9BAS',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'Africa', value: pct(5.1380640731537412e-2) },
          { label: 'Americas', value: pct(2.0191970120552884e-2) },
          { label: 'Asia-Pacific', value: pct(2.9387979633972335e-2) },
          { label: 'Europe', value: 0 },
          { label: 'Multi-regions', value: pct(0.89903940951393735) },
        ],
        passage: P.regionFunds2023,
        note: ROUNDED_SHARES,
      },
      {
        id: '01KJMMA2HF19H0R9Z8ZA5DWPGH',
        dimension: ITU_D_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Multi-priorities', value: pct(5.1380640731537412e-2) },
          { label: 'Inclusive & secure telecom/ICTs for sustainable dev.', value: pct(2.5267014633781813e-2) },
          { label: 'Enabling policy & regulatory envir.', value: pct(0.62965566941126372) },
          { label: 'Digital transformation', value: pct(0.23265630312130867) },
          { label: 'Affordable connectivity', value: pct(6.1040372102108331e-2) },
        ],
        passage: P.priorityFunds2023,
        note: ROUNDED_SHARES,
      },
    ],
    note: 'About USD 5.4 million ("around"), as the text gives it; the comparison chart gives USD 5.41 million (partners 5.32, ITU 0.09).',
    notePassages: [P.fundsJanApr2023, P.chartSlip2023],
  }),
  period({
    id: '01KJMMA2HGTS1DW8TSG36KVFZQ',
    indicatorId: IND.contributions,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 7_600_000, passage: P.financial2025 },
    breakdowns: [
      {
        id: '01KJMMA2HH6GJ04KQC9W6MM4ND',
        dimension: 'Contributor',
        partsUnit: 'share',
        parts: [
          { label: 'BDT partners', value: 72 },
          { label: 'ITU', value: 28 },
        ],
        passage: P.financial2025,
        note: 'As the text gives them.',
      },
      {
        id: '01KJMMA2HJECGHK5EFYYAB9X5Z',
        dimension: REGION,
        partsUnit: 'share',
        parts: [
          { label: 'AFR', value: pct(0.22840539743139907) },
          { label: 'AMS', value: pct(6.2284312096840183e-2) },
          { label: 'ARB', value: pct(5.0771683252374571e-2) },
          { label: 'ASP', value: pct(5.0771683252374571e-2) },
          { label: 'CIS', value: pct(2.0421085933390225e-2) },
          { label: 'EUR', value: pct(0.13838287704591945) },
          { label: 'Multi regions', value: pct(0.44896296098770189) },
        ],
        passage: P.regionFunds2025,
        note: ROUNDED_SHARES,
      },
      {
        id: '01KJMMA2HK8JQ4YBG125Z1P4FJ',
        dimension: ITU_D_PRIORITY,
        partsUnit: 'share',
        parts: [
          { label: 'Affordable connectivity', value: pct(8.9233619210366086e-2) },
          { label: 'Digital Transformation', value: pct(0.29878720616456517) },
          { label: 'Enabling policy and regulatory environment', value: pct(3.9703849954120879e-2) },
          { label: 'Inclusive & secure telecom/ICTs for sustainable dev', value: pct(0.21360418005313514) },
          { label: 'Multi priorities', value: pct(0.35867114461781269) },
        ],
        passage: P.priorityFunds2025,
        note: ROUNDED_SHARES,
      },
    ],
    note: 'About USD 7.6 million ("approximately"), in 53 agreements.',
  }),
  period({
    id: '01KJMMA2HM7TF36QVKRB7D47AG',
    indicatorId: IND.contributions,
    start: '2026-01-01',
    end: '2026-02-28',
    actual: { value: 175_908, passage: P.janFeb2026 },
    note: 'In five agreements.',
  }),

  // Partners' financial contributions signed (BDT)
  period({
    id: '01KJMMA2HN6YB6ZK9HM6NF2CDA',
    indicatorId: IND.partnerContributions,
    start: '2022-01-01',
    end: '2022-12-31',
    actual: null,
    breakdowns: [
      {
        id: '01KJMMA2HPENJBP4AYQ0KMWF6W',
        dimension: 'Partner type',
        partsUnit: 'share',
        parts: [
          { label: 'Foundations', value: pct(1.7172596154231437e-3) },
          { label: 'Governmental entities', value: pct(0.75591283968683143) },
          { label: 'Other', value: pct(1.5684304487531379e-2) },
          { label: 'Private Sector entities', value: pct(4.2139604734919796e-2) },
          { label: 'UN organizations', value: pct(0.1845459914752943) },
        ],
        passage: P.partnerTypeFunds2022,
        note: "Seeded from the chart's data. The chart contradicts itself: its labels read 0.2 %, 74.5 %, 1.6 %, 5.3 % and 18.5 %, while its data give governmental entities 75.6 % (not 74.5 %) and private sector entities 4.2 % (not 5.3 %); the labels add up to 100.1 %.",
      },
    ],
    note: "The report gives no total for the partners' contributions in 2022 (all contributions: about USD 9.7 million), only this chart of their split by partner type. Its three largest funding partners, each in its own currency (a USD indicator cannot hold them as values): Federal Department of Foreign Affairs, Switzerland, CHF 2.4 million; UN/UNDP Multi-Partner Trust Fund Office, USD 1.6 million; Department of Foreign Affairs and Trade, Australia, AUD 1.5 million.",
    notePassages: [P.top3Partners2022],
  }),
  period({
    id: '01KJMMA2HQRPMVC2FNYFGCD780',
    indicatorId: IND.partnerContributions,
    start: '2022-01-01',
    end: '2022-04-30',
    actual: { value: 3_430_000, passage: P.fundsJanApr2022 },
    note: `${JAN_APR_CHART} In USD million to two decimals (the chart's labels round to 3.4).`,
  }),
  period({
    id: '01KJMMA2HRT7E0N323B8WBZ25X',
    indicatorId: IND.partnerContributions,
    start: '2023-01-01',
    end: '2023-04-30',
    actual: { value: 5_320_000, passage: P.fundsJanApr2023 },
    note: `${JAN_APR_CHART} In USD million to two decimals (the chart's labels round to 5.3). The three largest funding partners, each in its own currency (a USD indicator cannot hold them as values): European Commission, EUR 3 million; Deutsche Gesellschaft für Internationale Zusammenarbeit, EUR 0.9 million; Ministry of Internal Affairs and Communications, USD 0.6 million.`,
    notePassages: [P.top3Partners2023],
  }),
  period({
    id: '01KJMMA2HSQSR90KE4QTKEAG60',
    indicatorId: IND.partnerContributions,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 5_500_000, passage: P.financialPartners2025 },
    breakdowns: [
      {
        id: '01KJMMA2HTRZ3WW07Z8QX3NS6G',
        dimension: 'Top 5 financial partners',
        partsUnit: 'value',
        parts: [
          { label: 'Foreign, Commonwealth & Development Office, United Kingdom', value: 1_190_000 },
          { label: 'Ministry of Foreign Affairs and International Cooperation, Italy', value: 700_000 },
          { label: 'Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH', value: 540_000 },
          { label: 'Ministry of National Security, Bermuda', value: 370_000 },
          { label: 'Ministry of International Affairs and Communications, Japan', value: 330_000 },
        ],
        passage: P.top5Partners2025,
        note: 'The five largest only (USD 3.13 million together); the other 31 financial partners are listed in Document TDAG-26/INF/1, not in the report. Names as the report gives them. In USD as at the date of signature.',
      },
      {
        id: '01KJMMA2HVHH6JQKPW9M0WXV75',
        dimension: 'Partner type',
        partsUnit: 'share',
        parts: [
          { label: 'Academia', value: pct(7.5468581739667924e-3) },
          { label: 'Governmental entities', value: pct(0.84991097362500867) },
          { label: "Int'l & Reg. Org.", value: pct(4.0372095054774702e-2) },
          { label: 'UN organizations', value: pct(3.9860026981881784e-2) },
          { label: 'Private sector (incl. Foundation)', value: pct(6.2310046164368034e-2) },
        ],
        passage: P.partnerTypeFunds2025,
        note: ROUNDED_SHARES,
      },
    ],
    note: 'About USD 5.5 million ("about"), from 36 financial partners; consistent with the 72 % of about USD 7.6 million the report attributes to partners.',
  }),

  // BDT partners with agreements signed
  period({
    id: '01KJMMA2HWZDE3JB8J8HW68N4E',
    indicatorId: IND.partners,
    start: '2022-01-01',
    end: '2022-12-31',
    actual: { value: 57, passage: P.partners2022 },
    breakdowns: [
      {
        id: '01KJMMA2HXX7XEZTZ5M058NXR9',
        dimension: 'Partner type',
        partsUnit: 'share',
        parts: [
          { label: 'Governmental entities', value: 42 },
          { label: 'Private sector entities', value: 32 },
          { label: 'Academia', value: 7 },
          { label: 'UN organizations', value: 7 },
          { label: 'Others', value: 5 },
          { label: 'International and Regional Organizations and Associations', value: 4 },
          { label: 'Financial institutions', value: 2 },
          { label: 'Foundations', value: 2 },
        ],
        passage: P.partners2022,
        note: 'Whole percentages as the report gives them; they add up to 101 % by rounding.',
      },
      {
        id: '01KJMMA2HYTKY29MQJENQ3HAY6',
        dimension: 'ITU membership category',
        partsUnit: 'share',
        parts: [
          { label: 'ITU ADMIN', value: 19 },
          { label: 'ITU ADMIN RELATED', value: 8 },
          { label: 'ITU-D Sector Members', value: 12 },
          { label: 'ITU REGINTORG', value: 4 },
          { label: 'ITU UNIVER/RSRCH', value: 2 },
          { label: 'ITU OTHER ENTITIES', value: 2 },
        ],
        passage: P.membership2022,
        note: `Only the partners in an ITU membership category (47 %); the report does not describe the other 53 %. ITU-D Sector Members: 7 % SIO and 5 % ROA (Recognized Operating Agencies). ${MEMBERSHIP_FOOTNOTE}`,
      },
    ],
  }),
  period({
    id: '01KJMMA2HZQR316ACSSDKBHK9D',
    indicatorId: IND.partners,
    start: '2023-01-01',
    end: '2023-04-30',
    actual: { value: 26, passage: P.partners2023 },
    breakdowns: [
      {
        id: '01KJMMA2J098Z7Q1WKRMSTDFXR',
        dimension: 'Partner type',
        partsUnit: 'share',
        parts: [
          { label: 'Academia', value: 35 },
          { label: 'Governmental entities', value: 31 },
          { label: 'UN organizations', value: 15 },
          { label: 'Private sector entities', value: 8 },
          { label: 'International and Regional Organizations and Associations', value: 8 },
          { label: 'Financial institutions', value: 4 },
        ],
        passage: P.partners2023,
        note: 'Whole percentages as the report gives them; they add up to 101 % by rounding.',
      },
      {
        id: '01KJMMA2J1JC2DC5VCV33SRM30',
        dimension: 'ITU membership category',
        partsUnit: 'share',
        parts: [
          { label: 'ITU ADMIN', value: 15 },
          { label: 'ITU UNIVER/RSRCH', value: 12 },
          { label: 'ITU-D Sector Members (SIO)', value: 8 },
          { label: 'ITU REGINTORG', value: 4 },
        ],
        passage: P.membership2023,
        note: `Only the partners in an ITU membership category (39 %); the report does not describe the other 61 %. ${MEMBERSHIP_FOOTNOTE}`,
      },
    ],
  }),
  period({
    id: '01KJMMA2J21RJ2NZTVP35CBQZZ',
    indicatorId: IND.partners,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 60, passage: P.partners2025 },
    breakdowns: [
      {
        id: '01KJMMA2J3C1Q20Z0N60EPD9GQ',
        dimension: 'ITU membership category',
        partsUnit: 'value',
        parts: [
          { label: 'Member States', value: 16 },
          { label: 'ITU-D Sector Members', value: 8 },
          { label: 'Academia', value: 2 },
          { label: 'Intergovernmental Organizations Operating Satellite Systems', value: 2 },
          { label: 'Regional and other International Organizations', value: 4 },
        ],
        passage: P.membership2025,
        note: "Only the partners in an ITU membership category (32 of 60); the report does not describe the other 28. Its chart of the 60 partners by type did not survive extraction.",
      },
    ],
  }),

  // BDT financial partners
  period({
    id: '01KJMMA2J42M4VNSRFVWESS374',
    indicatorId: IND.financialPartners,
    start: '2025-01-01',
    end: '2025-12-31',
    actual: { value: 36, passage: P.financialPartners2025 },
    note: 'Out of 60 partners.',
  }),

  // Member State responses on class of contribution 2028-2031
  period({
    id: '01KJMMA2J5AEJKKXYXCC1AP5FH',
    indicatorId: IND.classResponses,
    start: '2025-12-09',
    end: '2025-12-09',
    actual: { value: 19, passage: P.classResponses },
    breakdowns: [
      {
        id: '01KJMMA2J66Z2748V7NANAMGAR',
        dimension: 'Intention for the unit contribution level',
        partsUnit: 'value',
        parts: [
          { label: 'Maintain their existing unit contribution level', value: 17 },
          { label: 'Decrease their unit contribution level', value: 2 },
        ],
        passage: P.classResponses,
        note: 'As the report gives them; none announced an increase.',
      },
    ],
    note: 'The report says "As of 9 December" without a year. 2025 is inferred: circular letter CL-25/36 asked Member States to reply before the end of 2025, and the report covers 2025 and looks to 2026.',
    notePassages: [P.classDeadline],
  }),

  // Regular budget shares
  period({
    id: '01KJMMA2J780DX8TMQ8RXYZ25J',
    indicatorId: IND.unitShare,
    start: '2025-12-09',
    end: '2025-12-09',
    actual: { value: 70, passage: P.unitShare },
    note: 'About 70 % ("about"). The report states the share without a period or date; it is dated here to the report\u2019s latest dated figure (9 December, 2025 inferred), as the state at the time of the report, not as a measurement on that day.',
  }),
  period({
    id: '01KJMMA2J8V01T5SMBAC3WC2EV',
    indicatorId: IND.sectorShare,
    start: '2025-12-09',
    end: '2025-12-09',
    actual: { value: 10, passage: P.sectorShare },
    note: 'About 10 % (the report says Sector Membership "accounts for another 10 per cent", after "about 70 per cent" from Member States). The report states the share without a period or date; it is dated here to the report\u2019s latest dated figure (9 December, 2025 inferred).',
  }),

  // Partner2Connect
  period({
    id: '01KJMMA2J9PXCTSHCF1J38SN68',
    indicatorId: IND.p2cPledges,
    start: '2023-04-30',
    end: '2023-04-30',
    actual: { value: 617, passage: P.p2c },
  }),
  period({
    id: '01KJMMA2JAJM9Z4CXVSCE7V5XW',
    indicatorId: IND.p2cValue,
    start: '2023-04-30',
    end: '2023-04-30',
    actual: { value: 30_000_000_000, passage: P.p2c },
    note: 'As the report rounds it: USD 30 billion.',
  }),
];
