import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { BoardView } from '../features/board';
import { loadViewMessages } from '../i18n';
import { LoadBoundary } from '../ui/LoadBoundary';
import { PageLoading } from '../ui/PageLoading';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { PartLoadFailure } from './PartLoadFailure';

/*
 * The board is the first view and loads with the app; every other view loads on demand, with the
 * messages of the views, so the first load stays small. These import the view modules themselves
 * rather than the feature indexes: the snapshots and settings indexes are also imported eagerly
 * (backup reminder, storage persistence), and a dynamic import of an eagerly loaded module cannot
 * be split off.
 */
function lazyView(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [View] = await Promise.all([load(), loadViewMessages()]);
    return { default: View };
  });
}

const DashboardView = lazyView(() => import('../features/dashboard/DashboardView').then((m) => m.DashboardView));
const PrioritiesView = lazyView(() => import('../features/priorities/PrioritiesView').then((m) => m.PrioritiesView));
const TimelineView = lazyView(() => import('../features/timeline/TimelineView').then((m) => m.TimelineView));
const IndicatorsView = lazyView(() => import('../features/indicators/IndicatorsView').then((m) => m.IndicatorsView));
const SnapshotsView = lazyView(() => import('../features/snapshots/SnapshotsView').then((m) => m.SnapshotsView));
const SettingsView = lazyView(() => import('../features/settings/SettingsView').then((m) => m.SettingsView));
const PresentationView = lazyView(() => import('../features/presentation/PresentationView').then((m) => m.PresentationView));

function onDemand(View: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <View />
    </Suspense>
  );
}

/** Every address of the app; mounted inside the hash `<Router>` of App. */
export function AppRoutes() {
  return (
    <Switch>
      {/* Outside the layout: presentation mode fills the screen without navigation. */}
      <Route path="/present">
        <LoadBoundary fallback={<PartLoadFailure />}>{onDemand(PresentationView)}</LoadBoundary>
      </Route>
      <Route>
        <AppLayout>
          <Switch>
            <Route path="/">
              <Redirect to="/board" replace />
            </Route>
            <Route path="/board">
              <BoardView />
            </Route>
            <Route path="/dashboard">{onDemand(DashboardView)}</Route>
            <Route path="/priorities">{onDemand(PrioritiesView)}</Route>
            <Route path="/timeline">{onDemand(TimelineView)}</Route>
            <Route path="/indicators">{onDemand(IndicatorsView)}</Route>
            <Route path="/snapshots">{onDemand(SnapshotsView)}</Route>
            <Route path="/settings">{onDemand(SettingsView)}</Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </AppLayout>
      </Route>
    </Switch>
  );
}
