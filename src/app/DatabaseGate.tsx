import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { describeOpenError, type OpenErrorKind, type TrackerDatabase } from '../db';
import { useUiStore } from '../state/uiStore';

// Only a tracker that cannot be opened needs this page, so its code loads then.
const OpenFailure = lazy(() => import('./OpenFailure').then((module) => ({ default: module.OpenFailure })));

type GateState =
  | { phase: 'opening'; isHeldElsewhere: boolean }
  | { phase: 'open' }
  | { phase: 'failed'; kind: OpenErrorKind; message: string };

/** How long an open may wait on another tab's connection before the page explains why. */
export const HELD_ELSEWHERE_DELAY_MS = 3_000;

/**
 * Opens the database before anything reads it, so a browser without IndexedDB, a failed upgrade,
 * or a tracker deleted since the last visit gets a clear page instead of a blank one. When another
 * tab opens a newer schema, or deletes the database, or the browser clears it, this tab closes its
 * connection for good and says so: it never writes with old code, and never recreates the data.
 */
export function DatabaseGate({ db, children }: { db: TrackerDatabase; children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ phase: 'opening', isHeldElsewhere: false });
  const setStorageProblem = useUiStore((s) => s.setStorageProblem);

  useEffect(() => {
    let isCurrent = true;
    let isClosingOnPurpose = false;
    let heldTimer: ReturnType<typeof setTimeout> | undefined;
    const closeForGood = () => {
      isClosingOnPurpose = true;
      db.close({ disableAutoOpen: true });
    };
    // A null new version is a deletion (another tab, or the browser clearing site data).
    const onVersionChange = (event: IDBVersionChangeEvent) => {
      setStorageProblem(event.newVersion === null ? 'gone' : 'newer-version');
      closeForGood();
      return false;
    };
    // Fired for every close; one this tab did not ask for means the browser dropped the data.
    const onClose = () => {
      if (isClosingOnPurpose) return;
      setStorageProblem('gone');
      closeForGood();
    };
    // An older connection in another tab ignores the request to close: say so if it lasts.
    const onBlocked = () => {
      heldTimer ??= setTimeout(
        () => isCurrent && setState((current) => (current.phase === 'opening' ? { ...current, isHeldElsewhere: true } : current)),
        HELD_ELSEWHERE_DELAY_MS,
      );
    };
    db.on('versionchange', onVersionChange);
    db.on('close', onClose);
    db.on('blocked', onBlocked);
    const opening = typeof indexedDB === 'undefined' ? Promise.reject(new Error('IndexedDB is missing')) : db.open();
    opening.then(
      () => isCurrent && setState({ phase: 'open' }),
      (error: unknown) =>
        isCurrent &&
        setState({
          phase: 'failed',
          kind: describeOpenError(error),
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      isCurrent = false;
      clearTimeout(heldTimer);
      db.on('versionchange').unsubscribe(onVersionChange);
      db.on('close').unsubscribe(onClose);
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [db, setStorageProblem]);

  if (state.phase === 'opening') {
    if (!state.isHeldElsewhere) return <p className="page__status">{t('app.loading')}</p>;
    return (
      <main className="fatal" aria-labelledby="held-title">
        <h1 id="held-title">{t('storage.open.heldElsewhere.title')}</h1>
        <p>{t('storage.open.heldElsewhere.body')}</p>
      </main>
    );
  }
  if (state.phase === 'failed') {
    return (
      <Suspense fallback={null}>
        <OpenFailure databaseName={db.name} kind={state.kind} message={state.message} />
      </Suspense>
    );
  }
  return children;
}
