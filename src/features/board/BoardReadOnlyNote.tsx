import { useIsTeamReader } from '../../data';
import { useTranslation } from '../../i18n';

/** The Move buttons point here (aria-describedby) when they are unavailable. */
export const BOARD_READ_ONLY_NOTE_ID = 'board-read-only-note';

/** Why a team reader's board and panel offer no changes; the board's copy carries the id. */
export function BoardReadOnlyNote({ id }: { id?: string }) {
  const { t } = useTranslation();
  const isReader = useIsTeamReader();
  if (!isReader) return null;
  return (
    <p id={id} className="board__read-only" role="note">
      {t('teamSyncState.readerLocked')}
    </p>
  );
}
