import { useState } from 'react';
import type { FieldSaveResult } from '../domain';

export type FieldPhase =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'invalid'; message: string }
  | { kind: 'unsaved'; reason: string }
  | { kind: 'conflict' };

/** Returns a validation message (nothing is saved), or the save under way. */
export type FieldCommit = (draft: string) => string | Promise<FieldSaveResult>;

/**
 * The draft of a field and the stored value it started from. Only what the user changed is saved,
 * and only over that starting value: when the stored value changed meanwhile (another tab, an
 * import, undo), the draft is kept and the user is asked which to keep. A field the user has not
 * changed simply follows the stored value.
 */
export function useFieldDraft(value: string, onCommit: FieldCommit) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [phase, setPhase] = useState<FieldPhase>({ kind: 'idle' });
  const isDirty = draft !== base;

  if (!isDirty && value !== base && phase.kind !== 'saving') {
    setBase(value);
    setDraft(value);
    if (phase.kind !== 'idle') setPhase({ kind: 'idle' });
  }

  const save = (text: string) => {
    const outcome = onCommit(text);
    if (typeof outcome === 'string') {
      setPhase({ kind: 'invalid', message: outcome });
      return;
    }
    setPhase({ kind: 'saving' });
    void outcome.then((result) => {
      if (result.status === 'saved') {
        setBase(text);
        setPhase({ kind: 'idle' });
      } else {
        setPhase(result.status === 'stale' ? { kind: 'conflict' } : { kind: 'unsaved', reason: result.reason });
      }
    });
  };

  const commit = () => {
    if (phase.kind === 'saving' || phase.kind === 'conflict') return;
    if (!isDirty) {
      setPhase({ kind: 'idle' });
      return;
    }
    if (value !== base) {
      setPhase({ kind: 'conflict' });
      return;
    }
    save(draft);
  };

  /** Conflict answered "keep mine": the user's text is saved over the value now stored. */
  const keepDraft = () => {
    setBase(value);
    if (draft === value) setPhase({ kind: 'idle' });
    else save(draft);
  };

  /** Conflict answered "use the newer value": the draft is dropped. */
  const takeStored = () => {
    setBase(value);
    setDraft(value);
    setPhase({ kind: 'idle' });
  };

  const edit = (text: string) => {
    setDraft(text);
    if (phase.kind === 'invalid' || phase.kind === 'unsaved') setPhase({ kind: 'idle' });
  };

  return { draft, phase, isDirty, edit, commit, keepDraft, takeStored };
}
