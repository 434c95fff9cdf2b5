import { describe, expect, it } from 'vitest';
import { parseTeamAddress } from './teamAddress';

const page = 'https://tracker.example.org/app/#/settings';

describe('parseTeamAddress', () => {
  it('takes a path on the app’s own origin, with the server one level up', () => {
    expect(parseTeamAddress(' /couchdb/action-line-tracker/ ', page)).toEqual({
      ok: true,
      address: '/couchdb/action-line-tracker',
      databaseUrl: 'https://tracker.example.org/couchdb/action-line-tracker',
      serverUrl: 'https://tracker.example.org/couchdb',
    });
    expect(parseTeamAddress('https://tracker.example.org/team', page)).toMatchObject({ ok: true, serverUrl: 'https://tracker.example.org' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://other.example.org/couchdb/tracker', 'otherOrigin'],
    ['https://ada:secret@tracker.example.org/couchdb/tracker', 'credentials'],
    ['javascript:alert(1)', 'notAnAddress'],
    ['/couchdb/tracker?x=1', 'notAnAddress'],
    ['https://tracker.example.org/', 'noDatabase'],
    ['/couchdb/Tracker', 'badDatabaseName'],
    ['/couchdb/_users', 'badDatabaseName'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseTeamAddress(input, page)).toEqual({ ok: false, problem });
  });
});
