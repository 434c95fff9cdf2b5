import { useEffect, useId, useRef } from 'react';
import { useTeamSyncSetting, type ImportSummary } from '../../data';
import { teamRoleOf } from '../../domain/teamRole';
import { IsolatedMessage, useTranslation } from '../../i18n';
import { LineList } from './LineList';
import { StatusChangeList } from './StatusChangeList';

const COUNTED = ['actionLines', 'milestones', 'priorityItems', 'indicators', 'indicatorPeriods', 'history'] as const;

interface ImportPreviewProps {
  sourceName: string;
  upgradedFrom: number | null;
  summary: ImportSummary;
  isSaving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the file would change, shown before anything is written. */
export function ImportPreview({ sourceName, upgradedFrom, summary, isSaving, onConfirm, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { counts, linesAdded, linesRemoved, linesChanged, statusChanges } = summary;
  const isSame = linesAdded.length + linesRemoved.length + linesChanged.length === 0;
  const { data: teamSync } = useTeamSyncSetting();
  const isTeamAdmin = teamSync ? teamRoleOf(teamSync.roles) === 'admin' : true;
  return (
    <section className="snapshots__preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('snapshots.preview.heading')}
      </h3>
      <p className="snapshots__source">
        <IsolatedMessage render={(values) => t('snapshots.preview.source', values)} values={{ name: sourceName }} />
      </p>
      {upgradedFrom !== null && <p>{t('snapshots.preview.upgraded', { version: upgradedFrom })}</p>}
      <table className="snapshots__table snapshots__table--compact">
        <caption className="visually-hidden">{t('snapshots.preview.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshots.preview.record')}</th>
            <th scope="col">{t('snapshots.preview.now')}</th>
            <th scope="col">{t('snapshots.preview.inFile')}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTED.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`snapshots.counts.${key}`)}</th>
              <td>{counts.before[key]}</td>
              <td>{counts.after[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isSame && <p>{t('snapshots.preview.noChanges')}</p>}
      {statusChanges.length > 0 && (
        <>
          <h4>{t('snapshots.preview.statusChanges')}</h4>
          <StatusChangeList changes={statusChanges} />
        </>
      )}
      {linesAdded.length > 0 && (
        <>
          <h4>{t('snapshots.preview.linesAdded')}</h4>
          <LineList lines={linesAdded} />
        </>
      )}
      {linesRemoved.length > 0 && (
        <>
          <h4>{t('snapshots.preview.linesRemoved')}</h4>
          <LineList lines={linesRemoved} />
        </>
      )}
      {linesChanged.length > 0 && (
        <>
          <h4>{t('snapshots.preview.linesChanged')}</h4>
          <LineList lines={linesChanged} />
        </>
      )}
      <p className="snapshots__hint">{t('snapshots.preview.explain')}</p>
      {teamSync && (
        <p className="snapshots__team-warning" role="note">
          {t(isTeamAdmin ? 'teamSync.importWarning' : 'teamSync.importAdminOnly')}
        </p>
      )}
      <div className="snapshots__actions">
        <button type="button" className="snapshots__button snapshots__button--primary" disabled={isSaving || !isTeamAdmin} onClick={onConfirm}>
          {t('snapshots.preview.confirm')}
        </button>
        <button type="button" className="snapshots__button" disabled={isSaving} onClick={onCancel}>
          {t('snapshots.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
