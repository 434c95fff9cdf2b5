import { useDismissSyncNotice, useKeepMyValue, useSyncNotices, type SyncNotice } from '../../data';
import { IsolatedMessage, useTranslation } from '../../i18n';
import type { Messages } from '../../i18n/locales/en';
import './team-sync.css';

function shown(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

type HistoryField = keyof Messages['history']['fields'];

/** The field's name as the history shows it: "milestones/<id>/status" is "Milestone status". */
function fieldKeyOf(notice: SyncNotice): string {
  const [top, , milestoneField] = notice.field.split('/');
  if (top === 'milestones' && milestoneField) return `milestone_${milestoneField}`;
  return notice.docId.startsWith('priorityItem:') ? `priorityItem_${notice.field}` : notice.field;
}

function recordOf(notice: SyncNotice): string {
  return notice.docId.slice(notice.docId.indexOf(':') + 1) || notice.docId;
}

type SettingName = keyof Messages['teamSync']['settingNames'];

/** The field and record a notice names: a tracker setting is named itself, "of the tracker". */
function useNoticeNames(): (notice: SyncNotice) => { field: string; record: string } {
  const { t } = useTranslation();
  return (notice) => {
    if (notice.docId.startsWith('setting:')) {
      return { field: t(`teamSync.settingNames.${recordOf(notice) as SettingName}`, { defaultValue: recordOf(notice) }), record: t('teamSync.trackerRecord') };
    }
    return { field: t(`history.fields.${fieldKeyOf(notice) as HistoryField}`, { defaultValue: notice.field }), record: recordOf(notice) };
  };
}

/** What team sync left to see: values of this browser's that lost (with "Use mine"), documents set aside. */
export function SyncNoticeList({ lineCode }: { lineCode?: string }) {
  const { t } = useTranslation();
  const { data: notices = [] } = useSyncNotices();
  const keepMine = useKeepMyValue();
  const dismiss = useDismissSyncNotice();
  const namesOf = useNoticeNames();
  const listed = notices.filter((notice) => notice.kind !== 'overruled' && (lineCode === undefined || notice.lineCode === lineCode));
  if (listed.length === 0) return null;
  const empty = t('teamSync.emptyValue');

  return (
    <section className="sync-notices" aria-label={t('teamSync.noticesTitle')}>
      <h3 className="sync-notices__title">{t('teamSync.noticesTitle')}</h3>
      <ul className="sync-notices__list">
        {listed.map((notice) => {
          const { field, record } = namesOf(notice);
          return (
            <li key={notice.id} className="sync-notices__item" role="note">
              <p>
                {notice.kind === 'conflict' ? (
                  <IsolatedMessage
                    render={(placeholders) => t('teamSync.noticeConflict', placeholders)}
                    values={{ by: notice.by ?? '?', field, record, theirs: shown(notice.theirs, empty), mine: shown(notice.mine, empty) }}
                  />
                ) : (
                  <IsolatedMessage render={(placeholders) => t('teamSync.noticeSetAside', placeholders)} values={{ record: notice.docId || '?' }} />
                )}
              </p>
              <div className="settings__actions">
                {notice.kind === 'conflict' && (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('teamSync.useMineLabel', { field, record })}
                    disabled={keepMine.isPending}
                    onClick={() => keepMine.mutate(notice.id)}
                  >
                    {t('teamSync.useMine')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('teamSync.dismissLabel', { record })}
                  onClick={() => dismiss.mutate(notice.id)}
                >
                  {t('teamSync.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
