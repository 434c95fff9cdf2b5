import { lazy } from 'react';
import { useUiStore } from '../state/uiStore';
import { OptionalPart } from '../ui/OptionalPart';

const StorageBanner = lazy(() => import('./StorageBanner').then((module) => ({ default: module.StorageBanner })));

/** The banner's code loads only once there is a storage problem to show, which most visits never have. */
export function StorageBannerHost() {
  const hasProblem = useUiStore((state) => state.storageProblem !== null);
  return hasProblem ? (
    <OptionalPart>
      <StorageBanner />
    </OptionalPart>
  ) : null;
}
