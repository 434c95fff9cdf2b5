import { describe, expect, it } from 'vitest';
import { teamRoleOf } from './teamRole';

describe('teamRoleOf', () => {
  it('reads the strongest team role', () => {
    expect(teamRoleOf(['tracker-reader', 'tracker-editor'])).toBe('editor');
    expect(teamRoleOf(['_admin'])).toBe('admin');
    expect(teamRoleOf(['tracker-admin'])).toBe('admin');
    expect(teamRoleOf(['tracker-reader'])).toBe('reader');
    expect(teamRoleOf(['other'])).toBeNull();
  });
});
