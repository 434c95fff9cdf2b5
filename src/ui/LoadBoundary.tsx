import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** What shows instead of the part that failed; null leaves it out. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Keeps the rest of the app on screen when one part of it fails to render. Most often that part is
 * code loaded on demand while the network is down (a first visit, before the service worker holds
 * the app): without a boundary, React would take the whole page down with it.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  override render() {
    return this.state.hasFailed ? this.props.fallback : this.props.children;
  }
}
