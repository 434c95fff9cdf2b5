import { lazy, useSyncExternalStore } from 'react';
import { isChangeApplierRequested, subscribeChangeApplierRequest } from '../data';
import { OptionalPart } from '../ui/OptionalPart';

const ChangeApplier = lazy(() => import('./ChangeApplier').then((module) => ({ default: module.ChangeApplier })));

/** Mounts the undo writes once a change is recorded or an undo asked for (see src/data/changeApplier.ts). */
export function ChangeApplierHost() {
  const isRequested = useSyncExternalStore(subscribeChangeApplierRequest, isChangeApplierRequested);
  return isRequested ? (
    <OptionalPart>
      <ChangeApplier />
    </OptionalPart>
  ) : null;
}
