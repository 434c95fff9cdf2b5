import { useAuthorSettings, useIndicatorHistory } from '../../data';
import { IsolatedMessage, formatDateTime, useTranslation } from '../../i18n';
import { HistoryAuthor } from '../../ui/HistoryAuthor';

type HistoryField = keyof typeof import('../../i18n/locales/en/indicators.json')['indicators']['edit']['history']['fields'];

const isHistoryField = (field: string): field is HistoryField =>
  ['indicator', 'name', 'unit', 'direction', 'areaCode', 'lineCodes', 'definition', 'period'].includes(field) || field.startsWith('period_');

/**
 * Every change to an indicator and its periods, newest first, with who made it and where. Undo
 * takes a change back; the entries hold readable texts, not values to restore (domain history.ts).
 */
export function IndicatorHistory({ indicatorId }: { indicatorId: string }) {
  const { t, i18n } = useTranslation();
  const { data: entries, isError } = useIndicatorHistory(indicatorId);
  const { data: author } = useAuthorSettings();

  const fieldLabel = (field: string) => {
    const key = field.replace('.', '_');
    return isHistoryField(key) ? t(`indicators.edit.history.fields.${key}`) : field;
  };

  if (!entries) return <p role={isError ? 'alert' : 'status'}>{t(isError ? 'history.failed' : 'history.loading')}</p>;
  if (entries.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <ol className="history indicator__history">
      {entries.map((entry) => (
        <li key={entry.id} className="history__entry">
          <span className="history__when">
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language, 'medium')}</time> <span className="history__who">
              <HistoryAuthor entry={entry} thisDevice={author?.device ?? null} />
            </span>
          </span>
          <span className="history__what">
            <IsolatedMessage
              render={(values) => t('history.entry', values)}
              values={{ field: fieldLabel(entry.field), from: entry.from ?? t('history.none'), to: entry.to ?? t('history.none') }}
            />
          </span>
        </li>
      ))}
    </ol>
  );
}
