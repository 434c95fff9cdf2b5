import { Link } from 'wouter';
import type { AnnexLine } from '../../domain';
import { useQuarterFormat, useTranslation } from '../../i18n';
import { HealthBadge } from '../../ui/HealthBadge';
import { LineDetails } from './LineDetails';
import { LineProgress } from './LineProgress';
import { ScheduleFlagBadge } from '../../ui/ScheduleFlagBadge';
import { InferredMark } from '../../ui/InferredMark';

interface AnnexLineRowProps {
  entry: AnnexLine;
  interactive: boolean;
  brief: boolean;
  /** Adds the lead unit, notes and health reason. */
  isDetailShown: boolean;
}

export function AnnexLineRow({ entry, interactive, brief, isDetailShown }: AnnexLineRowProps) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  const { line, flag, milestones } = entry;
  return (
    <tr data-code={line.code} className={flag ? `annex-row annex-row--${flag}` : 'annex-row'}>
      <th scope="row" className="annex-row__code">
        {interactive ? (
          <Link to={`/board?line=${encodeURIComponent(line.code)}`} aria-label={t('dashboard.openLine', { code: line.code })}>
            {line.code}
          </Link>
        ) : (
          line.code
        )}
      </th>
      <td className="annex-row__text">
        {brief ? line.title : line.text}
        {isDetailShown && <LineDetails line={line} />}
      </td>
      <td className="annex-row__progress">
        <LineProgress status={line.status} milestones={milestones} />
        {interactive && line.statusSource === 'inferred' && <InferredMark kind="status" />}
      </td>
      <td className="annex-row__target">{line.target ? formatTarget(line.target) : <span className="muted">{t('dashboard.noTarget')}</span>}</td>
      <td className="annex-row__health">
        <HealthBadge health={line.health} />
        {isDetailShown && line.healthReason.trim() !== '' && <p className="annex-row__health-reason">{line.healthReason}</p>}
      </td>
      <td className="annex-row__schedule">
        <ScheduleFlagBadge flag={flag} />
      </td>
    </tr>
  );
}
