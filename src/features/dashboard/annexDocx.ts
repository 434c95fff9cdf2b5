import type { TFunction } from 'i18next';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { statusKey, type AnnexArea, type AnnexLine, type PriorityItem } from '../../domain';

export interface AnnexDocxInput {
  title: string;
  /** The note on statuses still to verify, or '' for none. */
  caveat: string;
  annex: readonly AnnexArea[];
  priorities: readonly PriorityItem[];
  /** Adds each line's lead unit, health reason and notes. */
  isDetailShown: boolean;
  isRightToLeft: boolean;
  t: TFunction;
  formatTarget: (target: string) => string;
}

/**
 * The Annex 2 tables (one per area: code, action line, progress in words, target, health) and the
 * priorities table as a Word document a drafter can paste into the Council's paper: real tables,
 * in the interface language, and laid out right to left where that language reads so.
 */
export function buildAnnexDocx(input: AnnexDocxInput): Document {
  const { title, caveat, annex, priorities, isDetailShown, isRightToLeft, t, formatTarget } = input;

  const paragraph = (text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
    new Paragraph({
      heading: options.heading,
      bidirectional: isRightToLeft,
      alignment: AlignmentType.START,
      children: [new TextRun({ text, bold: options.bold, rightToLeft: isRightToLeft })],
    });

  const cell = (lines: readonly string[], options: { isHeader?: boolean; width: number }) =>
    new TableCell({
      width: { size: options.width, type: WidthType.PERCENTAGE },
      children: lines.filter((line) => line !== '').map((line) => paragraph(line, { bold: options.isHeader })),
    });

  const table = (widths: readonly number[], header: readonly string[], rows: readonly (readonly string[][])[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: isRightToLeft,
      rows: [
        new TableRow({
          tableHeader: true,
          children: header.map((text, index) => cell([text], { isHeader: true, width: widths[index] ?? 10 })),
        }),
        ...rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((lines, index) => cell(lines, { width: widths[index] ?? 10 })) }),
        ),
      ],
    });

  const labelled = (label: string, value: string) => (value.trim() === '' ? '' : `${label}: ${value}`);

  const lineRow = ({ line, milestones }: AnnexLine): string[][] => [
    [line.code],
    [
      line.text,
      ...(isDetailShown
        ? [labelled(t('dashboard.columns.leadUnit'), line.leadUnit), labelled(t('dashboard.columns.notes'), line.notes)]
        : []),
    ],
    [
      t(`status.${statusKey(line.status)}`),
      milestones.total > 0 ? t('dashboard.milestones', { completed: milestones.completed, total: milestones.total }) : '',
    ],
    [line.target ? formatTarget(line.target) : t('dashboard.noTarget')],
    [
      t(`health.${line.health ?? 'none'}`),
      isDetailShown ? line.healthReason : '',
    ],
  ];

  const annexHeader = [
    t('dashboard.columns.code'),
    t('dashboard.columns.line'),
    t('dashboard.columns.progress'),
    t('dashboard.columns.target'),
    t('dashboard.columns.health'),
  ];
  const prioritiesHeader = [
    t('priorities.columns.position'),
    t('priorities.columns.item'),
    t('priorities.columns.milestone'),
    t('priorities.columns.target'),
  ];

  return new Document({
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          paragraph(title, { heading: HeadingLevel.TITLE }),
          ...(caveat ? [paragraph(caveat)] : []),
          paragraph(t('report.annexHeading'), { heading: HeadingLevel.HEADING_1 }),
          ...annex.flatMap(({ area, lines }) => [
            paragraph(t('dashboard.area.heading', { code: area.code, name: area.name }), { heading: HeadingLevel.HEADING_2 }),
            table([8, 50, 16, 14, 12], annexHeader, lines.map(lineRow)),
          ]),
          paragraph(t('priorities.title'), { heading: HeadingLevel.HEADING_1 }),
          table(
            [6, 62, 16, 16],
            prioritiesHeader,
            priorities.map((item, index) => [
              [String(index + 1)],
              [`${item.lineCode}: ${item.text}`],
              [t(`status.${statusKey(item.milestone)}`)],
              [formatTarget(item.target)],
            ]),
          ),
        ],
      },
    ],
  });
}

/** The document as a .docx file. */
export function packAnnexDocx(document: Document): Promise<Blob> {
  return Packer.toBlob(document);
}
