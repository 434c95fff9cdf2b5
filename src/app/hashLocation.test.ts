import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { currentHashPath, currentHashSearch, hashHref, navigateHash, useHashLocation, useHashSearch } from './hashLocation';

describe('hash location', () => {
  it('reads the path and the query from inside the hash', () => {
    window.location.hash = '#/board?line=M2&status=Ongoing';
    expect(currentHashPath()).toBe('/board');
    expect(currentHashSearch()).toBe('line=M2&status=Ongoing');
    expect(window.location.search).toBe('');
  });

  it('treats an empty hash as the root and a missing slash as present', () => {
    window.location.hash = '';
    expect(currentHashPath()).toBe('/');
    expect(currentHashSearch()).toBe('');
    window.location.hash = '#dashboard';
    expect(currentHashPath()).toBe('/dashboard');
  });

  it('writes links with the query inside the hash', () => {
    expect(hashHref('/board?line=M2')).toBe('#/board?line=M2');
  });

  it('pushes a history entry, or replaces the current one when asked', () => {
    window.location.hash = '#/board';
    const before = window.history.length;
    navigateHash('/dashboard');
    expect(window.location.hash).toBe('#/dashboard');
    expect(window.history.length).toBe(before + 1);
    navigateHash('/board?status=Ongoing', { replace: true });
    expect(window.location.hash).toBe('#/board?status=Ongoing');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces rather than pushes when going to the address already shown', () => {
    window.location.hash = '#/board?line=M2';
    const before = window.history.length;
    navigateHash('/board?line=M2');
    expect(window.history.length).toBe(before);
  });

  it('re-renders its users on navigation and on Back', async () => {
    window.location.hash = '#/board';
    const { result } = renderHook(() => ({ location: useHashLocation()[0], search: useHashSearch() }));
    expect(result.current).toEqual({ location: '/board', search: '' });
    act(() => navigateHash('/board?line=E1'));
    expect(result.current).toEqual({ location: '/board', search: 'line=E1' });
    act(() => navigateHash('/priorities'));
    expect(result.current).toEqual({ location: '/priorities', search: '' });
    act(() => window.history.back());
    await waitFor(() => expect(result.current).toEqual({ location: '/board', search: 'line=E1' }));
  });
});
