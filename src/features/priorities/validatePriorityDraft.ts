import { normalizeQuarterTarget, type PriorityItem, type Status } from '../../domain';

export interface PriorityDraft {
  lineCode: string;
  text: string;
  milestone: Status;
  target: string;
}

export type PriorityDraftErrors = Partial<Record<'lineCode' | 'text' | 'target', 'lineRequired' | 'textRequired' | 'targetInvalid'>>;

export type PriorityDraftResult =
  | { ok: true; value: Pick<PriorityItem, 'lineCode' | 'text' | 'milestone' | 'target'> }
  | { ok: false; errors: PriorityDraftErrors };

/** Checks a form draft; the target is saved in its canonical spelling ("q3 2026" -> "Q3 2026"). */
export function validatePriorityDraft(draft: PriorityDraft, lineCodes: ReadonlySet<string>): PriorityDraftResult {
  const errors: PriorityDraftErrors = {};
  if (!lineCodes.has(draft.lineCode)) errors.lineCode = 'lineRequired';
  const text = draft.text.trim();
  if (!text) errors.text = 'textRequired';
  const target = normalizeQuarterTarget(draft.target);
  if (!target) errors.target = 'targetInvalid';
  if (Object.keys(errors).length > 0 || !target) return { ok: false, errors };
  return { ok: true, value: { lineCode: draft.lineCode, text, milestone: draft.milestone, target } };
}
