import { Navigate, type RouteObject } from 'react-router';
import { BoardView } from '../features/board';
import { DashboardView } from '../features/dashboard';
import { PresentationView } from '../features/presentation';
import { PrioritiesView } from '../features/priorities';
import { SettingsView } from '../features/settings';
import { SnapshotsView } from '../features/snapshots';
import { TimelineView } from '../features/timeline';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/board" replace /> },
      { path: 'board', element: <BoardView /> },
      { path: 'dashboard', element: <DashboardView /> },
      { path: 'priorities', element: <PrioritiesView /> },
      { path: 'timeline', element: <TimelineView /> },
      { path: 'snapshots', element: <SnapshotsView /> },
      { path: 'settings', element: <SettingsView /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Outside the layout: presentation mode fills the screen without navigation.
  { path: '/present', element: <PresentationView /> },
];
