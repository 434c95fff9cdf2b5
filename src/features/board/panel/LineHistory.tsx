import { useId } from 'react';
import { useTranslation } from '../../../i18n';
import { revertRefusal } from '../../../domain';
import { useAuthorSettings, useLineHistory } from '../../../data';
import { HistoryEntryRow } from './HistoryEntryRow';
import { useRevertHistoryEntry } from './useRevertHistoryEntry';

export function LineHistory({ code }: { code: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { data: entries, isError } = useLineHistory(code);
  const { data: author } = useAuthorSettings();
  const revert = useRevertHistoryEntry();

  return (
    <section className="panel__section" aria-labelledby={`${id}-history`}>
      <h3 id={`${id}-history`} className="panel__section-title">
        {t('history.title')}
      </h3>
      {!entries ? (
        // Until the history is read, saying "no changes" would be untrue.
        <p className="panel__empty" role={isError ? 'alert' : 'status'}>
          {t(isError ? 'history.failed' : 'history.loading')}
        </p>
      ) : entries.length === 0 ? (
        <p className="panel__empty">{t('history.empty')}</p>
      ) : (
        <ol className="history">
          {entries.map((entry) => (
            <HistoryEntryRow
              key={entry.id}
              entry={entry}
              thisDevice={author?.device ?? null}
              refusal={revertRefusal(entry, entries)}
              onRevert={() => revert(entry, entries)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
