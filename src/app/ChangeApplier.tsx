import { useEffect } from 'react';
import { provideChangeApplier, useApplyChange } from '../data';

/** Offers undo and redo the writes of every kind of change; loaded on demand by ChangeApplierHost. */
export function ChangeApplier() {
  const apply = useApplyChange();
  useEffect(() => provideChangeApplier(apply), [apply]);
  return null;
}
