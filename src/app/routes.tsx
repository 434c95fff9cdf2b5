import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { BoardView } from '../features/board';
import { PageLoading } from '../ui/PageLoading';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';

/*
 * The board is the first view and loads with the app; every other view loads on demand so the
 * first load stays small. These import the view modules themselves rather than the feature
 * indexes: the snapshots and settings indexes are also imported eagerly (backup reminder,
 * storage persistence), and a dynamic import of an eagerly loaded module cannot be split off.
 */
const DashboardView = lazy(() => import('../features/dashboard/DashboardView').then((m) => ({ default: m.DashboardView })));
const PrioritiesView = lazy(() => import('../features/priorities/PrioritiesView').then((m) => ({ default: m.PrioritiesView })));
const TimelineView = lazy(() => import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })));
const SnapshotsView = lazy(() => import('../features/snapshots/SnapshotsView').then((m) => ({ default: m.SnapshotsView })));
const SettingsView = lazy(() => import('../features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));
const PresentationView = lazy(() =>
  import('../features/presentation/PresentationView').then((m) => ({ default: m.PresentationView })),
);

function onDemand(View: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <View />
    </Suspense>
  );
}

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/board" replace /> },
      { path: 'board', element: <BoardView /> },
      { path: 'dashboard', element: onDemand(DashboardView) },
      { path: 'priorities', element: onDemand(PrioritiesView) },
      { path: 'timeline', element: onDemand(TimelineView) },
      { path: 'snapshots', element: onDemand(SnapshotsView) },
      { path: 'settings', element: onDemand(SettingsView) },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Outside the layout: presentation mode fills the screen without navigation.
  { path: '/present', element: onDemand(PresentationView) },
];
