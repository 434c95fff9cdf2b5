import { useTranslation } from '../../i18n';
import { STATUSES, statusKey, type MilestoneCompletion, type Status } from '../../domain';

/** Annex 2's progress bar: three steps filled up to the status, with the words beside it. */
export function LineProgress({ status, milestones }: { status: Status; milestones: MilestoneCompletion }) {
  const { t } = useTranslation();
  const step = STATUSES.indexOf(status) + 1;
  return (
    <div className={`line-progress line-progress--${statusKey(status)}`}>
      <span className="line-progress__steps" aria-hidden="true">
        {STATUSES.map((each, index) => (
          <span key={each} className={index < step ? 'line-progress__step is-filled' : 'line-progress__step'} />
        ))}
      </span>
      <span className="line-progress__label">{t(`status.${statusKey(status)}`)}</span>
      {milestones.total > 0 && (
        <span className="line-progress__milestones">{t('dashboard.milestones', { completed: milestones.completed, total: milestones.total })}</span>
      )}
    </div>
  );
}
