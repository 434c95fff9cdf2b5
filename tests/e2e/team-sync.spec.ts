import { SCREENSHOT_DIR, card, codesIn, expect, test } from './fixtures';
import { axeViolations } from './axe';
import {
  closePeople,
  countLocksAsSessionCloses,
  cutOff,
  holdLocksWhileCallsInFlight,
  locksOfCallsInFlight,
  newPerson,
  reconnect,
  replicate,
  canonicalJson,
  signedInPerson,
  storedTeamRecords,
  waitForDocument,
  startTeamServer,
  syncState,
  type TeamServer,
} from './teamSyncServer';

let server: TeamServer;

test.beforeEach(async ({}, testInfo) => {
  server = await startTeamServer(testInfo);
});

test.afterEach(async () => {
  await closePeople();
  await server.stop();
});

test.describe('team sync through CouchDB', () => {
  test('three people share one tracker: a move shows for the others, attributed, and the reader cannot move', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    await ed.goto('./#/board');
    await card(ed, 'M1').getByRole('button', { name: 'Move M1' }).click();
    await ed.getByRole('menuitem', { name: 'Completed' }).click();
    await expect.poll(() => codesIn(ed, 'Completed')).toContain('M1');

    await ada.goto('./#/board');
    await expect.poll(() => codesIn(ada, 'Completed')).toContain('M1');
    await ada.goto('./#/board?line=M1');
    const history = ada.getByRole('dialog', { name: 'M1 details' }).getByRole('region', { name: 'History' });
    await expect(history.getByRole('listitem').first()).toContainText('by ed');

    const rita = await signedInPerson(browser, server, 'rita');
    await rita.goto('./#/board');
    await expect(rita.getByRole('note').filter({ hasText: 'signed in to the team as a reader' })).toBeVisible();
    await expect.poll(() => codesIn(rita, 'Completed')).toContain('M1');
    const move = card(rita, 'M2').getByRole('button', { name: 'Move M2' });
    await expect(move).toBeDisabled();
    await expect(move).toHaveAccessibleDescription(/reader/);
    await rita.screenshot({ path: `${SCREENSHOT_DIR}team-sync-reader-board.png` });
    expect(await axeViolations(rita, '.app-header')).toEqual([]);
    await rita.goto('./#/board?line=M2');
    const panel = rita.getByRole('dialog', { name: 'M2 details' });
    await expect(panel.getByRole('note').filter({ hasText: 'signed in to the team as a reader' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Notes' })).toBeDisabled();
    await expect(panel.getByRole('combobox', { name: 'Status' })).toBeDisabled();
    await expect(panel.getByRole('button', { name: /Add milestone|Add/ }).first()).toBeDisabled();
    await rita.screenshot({ path: `${SCREENSHOT_DIR}team-sync-reader-panel.png` });
  });

  test('a change is pushed in one round: the session is read once, then sync waits for the next change', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    await ada.goto('./#/board');
    await expect(syncState(ada)).toContainText('Synced');
    // One tab's requests, in the order it sent them.
    const calls: string[] = [];
    ada.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/couchdb/')) calls.push(`${request.method()} ${url.pathname.split('/').pop() ?? ''}${url.searchParams.has('feed') ? ' (wait)' : ''}`);
    });
    const waitAfterPush = ada.waitForRequest((request) => request.url().includes('feed=longpoll') && calls.includes('POST _bulk_docs'));

    await card(ada, 'M1').getByRole('button', { name: 'Move M1' }).click();
    await ada.getByRole('menuitem', { name: 'Completed' }).click();
    await waitAfterPush;

    // Sync's own write after the push empties the outbox; before, that woke a second round.
    expect(calls.filter((call) => call === 'GET _session')).toEqual(['GET _session']);
    expect(calls.filter((call) => call === 'GET _changes')).toEqual(['GET _changes']);
    await expect(syncState(ada)).toContainText('Synced');
  });

  test('joining takes the team\u2019s tracker in one round: the session is read once, then the changes, then sync waits', async ({ browser }) => {
    await signedInPerson(browser, server, 'ada');
    const ed = await newPerson(browser, server);
    // The person's requests, the join's worker's included, in the order they were sent.
    const calls: string[] = [];
    ed.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/couchdb/')) calls.push(`${request.method()} ${url.pathname.split('/').pop() ?? ''}${url.searchParams.has('feed') ? ' (wait)' : ''}`);
    });
    const waiting = ed.context().waitForEvent('request', (request) => request.url().includes('feed=longpoll'));
    await ed.goto('./#/settings');
    await ed.getByLabel('User name').fill('ed');
    await ed.getByLabel('Password', { exact: true }).fill('ed-password');
    await ed.getByRole('button', { name: 'Sign in and sync' }).click();
    await waiting;

    await expect(syncState(ed)).toContainText('Synced');
    // Signing in, then sync. Before, the join first asked `_all_docs` whether the team had records,
    // and a pull (and a push, had anything waited) followed it.
    expect(calls).toEqual(['POST _session', 'GET _session', 'GET action-line-tracker', 'GET _session', 'GET _changes', 'GET _changes (wait)']);
  });

  test('signing out on a shared computer removes this browser\u2019s copy; the team keeps every change', async ({ browser }) => {
    await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    await ed.goto('./#/board');
    await card(ed, 'M5').getByRole('button', { name: 'Move M5' }).click();
    await ed.getByRole('menuitem', { name: 'Completed' }).click();
    await expect(syncState(ed)).toContainText('Synced');

    await ed.goto('./#/settings');
    await ed.getByRole('checkbox', { name: /Also remove this browser.s copy/ }).check();
    await ed.getByRole('button', { name: 'Sign out' }).click();
    await expect(ed.getByRole('button', { name: 'Sign in and sync' })).toBeVisible();
    await expect(syncState(ed)).toHaveCount(0);
    await ed.goto('./#/board');
    await expect.poll(() => codesIn(ed, 'Ongoing')).toContain('M5');
    const session = await ed.evaluate(async () => ((await (await fetch('./couchdb/_session')).json()) as { userCtx: { name: string | null } }).userCtx.name);
    expect(session).toBeNull();

    const rita = await signedInPerson(browser, server, 'rita');
    await rita.goto('./#/board');
    await expect.poll(() => codesIn(rita, 'Completed')).toContain('M5');
  });

  test('signing out in one tab ends sync in the tab that syncs before the session closes', async ({ browser }) => {
    await signedInPerson(browser, server, 'ada');
    // The first tab holds the sync lock and waits on a longpoll; the second shows the state it broadcasts.
    const syncing = await signedInPerson(browser, server, 'ed');
    const other = await syncing.context().newPage();
    await other.goto('./#/settings');
    await expect(syncState(other)).toContainText('Synced');
    await holdLocksWhileCallsInFlight(syncing);
    const callsInFlightAtClose = await countLocksAsSessionCloses(other);
    // A new round, through the counting fetch, so the longpoll the tab waits on is counted.
    const longpoll = syncing.waitForRequest((request) => request.url().includes('feed=longpoll'));
    await syncing.evaluate(() => window.dispatchEvent(new Event('online')));
    await longpoll;
    await expect.poll(() => locksOfCallsInFlight(syncing)).toBe(1);

    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect(other.getByRole('button', { name: 'Sign in and sync' })).toBeVisible();
    await expect(syncState(syncing)).toHaveCount(0);
    expect(await callsInFlightAtClose()).toEqual([0]);
    // Whatever round the syncing tab was in as the setting went, it wrote nothing of the team back.
    const teamRecords = await syncing.evaluate(
      () =>
        new Promise<{ settings: IDBValidKey[]; outbox: number }>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker');
          request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
          request.onsuccess = () => {
            const transaction = request.result.transaction(['settings', 'outbox'], 'readonly');
            const keys = transaction.objectStore('settings').getAllKeys();
            const outbox = transaction.objectStore('outbox').count();
            transaction.oncomplete = () => {
              request.result.close();
              resolve({ settings: keys.result.filter((key) => typeof key === 'string' && key.startsWith('team')), outbox: outbox.result });
            };
          };
        }),
    );
    expect(teamRecords).toEqual({ settings: [], outbox: 0 });
    const session = await other.evaluate(async () => ((await (await fetch('./couchdb/_session')).json()) as { userCtx: { name: string | null } }).userCtx.name);
    expect(session).toBeNull();
  });

  test('signing out while the team\u2019s tracker is still loading ends the join: its answer is never taken, nothing of the team is kept', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    await ada.goto('./#/board');
    await card(ada, 'M5').getByRole('button', { name: 'Move M5' }).click();
    await ada.getByRole('menuitem', { name: 'Completed' }).click();
    await expect(syncState(ada)).toContainText('Synced');
    const ed = await newPerson(browser, server);
    // The join's call to the team database is held until ed has signed out; its answer then sets a
    // cookie, which the browser keeps only if something still waited for that answer.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reachServer = () => {};
    const joinAsked = new Promise<void>((resolve) => (reachServer = resolve));
    let answered = () => {};
    const answerSent = new Promise<void>((resolve) => (answered = resolve));
    await ed.context().route(
      (url) => url.pathname.endsWith('/_changes') && url.searchParams.get('since') === '0',
      async (route) => {
        reachServer();
        await held;
        const body = JSON.stringify({ results: [], last_seq: '0' });
        await route.fulfill({ status: 200, body, headers: { 'content-type': 'application/json', 'set-cookie': 'JoinAnswerTaken=1; Path=/' } }).catch(() => undefined);
        answered();
      },
    );
    await ed.goto('./#/settings');
    await ed.getByLabel('User name').fill('ed');
    await ed.getByLabel('Password', { exact: true }).fill('ed-password');
    await ed.getByRole('button', { name: 'Sign in and sync' }).click();
    await joinAsked;

    await ed.getByRole('button', { name: 'Sign out' }).click();
    await expect(ed.getByRole('button', { name: 'Sign in and sync' })).toBeVisible();
    release();
    await answerSent;

    expect((await ed.context().cookies()).map((cookie) => cookie.name)).not.toContain('JoinAnswerTaken');
    const session = await ed.evaluate(async () => ((await (await fetch('./couchdb/_session')).json()) as { userCtx: { name: string | null } }).userCtx.name);
    expect(session).toBeNull();
    await ed.goto('./#/board');
    await expect.poll(() => codesIn(ed, 'Ongoing')).toContain('M5');
    expect(await codesIn(ed, 'Completed')).not.toContain('M5');
  });

  test('three people, a reader among them and one offline for a while, end with the same tracker: every change attributed, the conflict shown, nothing lost', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    const rita = await signedInPerson(browser, server, 'rita');
    const startedAt = new Date().toISOString();

    await cutOff(ed);
    await ed.goto('./#/board');
    await card(ed, 'M1').getByRole('button', { name: 'Move M1' }).click();
    await ed.getByRole('menuitem', { name: 'Completed' }).click();
    await expect.poll(() => codesIn(ed, 'Completed')).toContain('M1');
    await ed.goto('./#/board?line=M2');
    const edPanel = ed.getByRole('dialog', { name: 'M2 details' });
    await edPanel.getByRole('textbox', { name: 'Notes' }).fill('Ed: waiting for the Bureaux');
    await edPanel.getByRole('textbox', { name: 'Notes' }).press('Tab');
    await expect(edPanel.getByRole('region', { name: 'History' })).toContainText('Ed: waiting for the Bureaux');
    await expect(syncState(ed)).toContainText(/Offline: \d+ changes? waiting/);

    // Meanwhile, online: the same field later, and another line.
    await ada.goto('./#/board?line=M2');
    const adaPanel = ada.getByRole('dialog', { name: 'M2 details' });
    await adaPanel.getByRole('textbox', { name: 'Notes' }).fill('Ada: agreed with the Bureaux');
    await adaPanel.getByRole('textbox', { name: 'Notes' }).press('Tab');
    await expect(adaPanel.getByRole('region', { name: 'History' })).toContainText('Ada: agreed with the Bureaux');
    await ada.goto('./#/board?line=M4');
    const leadUnit = ada.getByRole('dialog', { name: 'M4 details' }).getByRole('combobox', { name: 'Lead unit' });
    await leadUnit.fill('BDT');
    await leadUnit.press('Enter');
    await expect(ada.getByRole('dialog', { name: 'M4 details' }).getByRole('region', { name: 'History' })).toContainText('BDT');

    await reconnect(ed);
    await expect(syncState(ed)).toContainText('Synced', { timeout: 20_000 });
    await rita.goto('./#/board');
    await expect.poll(() => codesIn(rita, 'Completed')).toContain('M1');
    await expect
      .poll(async () => {
        const [adas, eds, ritas] = (await Promise.all([ada, ed, rita].map(storedTeamRecords))).map(canonicalJson);
        return { edHasAdas: eds === adas, ritaHasAdas: ritas === adas };
      }, { timeout: 20_000 })
      .toEqual({ edHasAdas: true, ritaHasAdas: true });

    const { actionLines, historyEntries } = (await storedTeamRecords(rita)) as {
      actionLines: { code: string; status: string; notes: string; leadUnit: string }[];
      historyEntries: { at: string; lineCode: string; field: string; to: string | null; author: string | null; device: string }[];
    };
    const line = (code: string) => actionLines.find((each) => each.code === code);
    expect(line('M1')?.status).toBe('Completed');
    expect(line('M2')?.notes).toBe('Ada: agreed with the Bureaux');
    expect(line('M4')?.leadUnit).toBe('BDT');
    // Every change is in the history, with who made it and on which device, the value that lost included.
    const changes = historyEntries.filter((entry) => entry.at >= startedAt);
    expect(changes.map((entry) => `${entry.lineCode} ${entry.field} ${entry.to ?? ''} by ${entry.author ?? ''}`).sort()).toEqual([
      'M1 status Completed by ed',
      'M2 notes Ada: agreed with the Bureaux by ada',
      'M2 notes Ed: waiting for the Bureaux by ed',
      'M4 leadUnit BDT by ada',
    ]);
    expect(new Set(changes.map((entry) => entry.device)).size).toBe(2);
    expect(new Set(changes.map((entry) => `${entry.author ?? ''} ${entry.device}`)).size).toBe(2);
    // The person whose value lost sees both values, with the one-click way back.
    await ed.goto('./#/board?line=M2');
    const notice = ed.getByRole('dialog', { name: 'M2 details' }).getByRole('note').filter({ hasText: 'at the same time as you' });
    await expect(notice).toContainText('Ed: waiting for the Bureaux');
    await expect(notice).toContainText('Ada: agreed with the Bureaux');
    await expect(notice.getByRole('button', { name: /Use my value for “Notes”/ })).toBeVisible();
  });

  test('two people edit one line offline and converge; the one whose value lost sees both and can use theirs', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    for (const page of [ada, ed]) await page.goto('./#/board?line=M2');
    const adaPanel = ada.getByRole('dialog', { name: 'M2 details' });
    const edPanel = ed.getByRole('dialog', { name: 'M2 details' });

    await cutOff(ada);
    await cutOff(ed);
    // Different fields both stay; the same field goes to the later change (ed's, made second).
    await adaPanel.getByRole('combobox', { name: 'Lead unit' }).fill('BDT');
    await adaPanel.getByRole('combobox', { name: 'Lead unit' }).press('Enter');
    await adaPanel.getByRole('textbox', { name: 'Notes' }).fill('Ada: agreed with the Bureaux');
    await adaPanel.getByRole('textbox', { name: 'Notes' }).press('Tab');
    await expect(adaPanel.getByRole('region', { name: 'History' })).toContainText('Ada: agreed with the Bureaux');
    await expect(syncState(ada)).toContainText(/Offline: \d+ changes? waiting/);
    await edPanel.getByRole('textbox', { name: 'Notes' }).fill('Ed: waiting for the Bureaux');
    await edPanel.getByRole('textbox', { name: 'Notes' }).press('Tab');
    await expect(edPanel.getByRole('region', { name: 'History' })).toContainText('Ed: waiting for the Bureaux');

    await reconnect(ed);
    await expect(syncState(ed)).toContainText('Synced', { timeout: 20_000 });
    await reconnect(ada);
    await expect(syncState(ada)).toContainText('Synced', { timeout: 20_000 });

    for (const panel of [adaPanel, edPanel]) {
      await expect(panel.getByRole('combobox', { name: 'Lead unit' })).toHaveValue('BDT');
      await expect(panel.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ed: waiting for the Bureaux');
    }
    const notice = adaPanel.getByRole('note').filter({ hasText: 'at the same time as you' });
    await expect(notice).toContainText('Ed: waiting for the Bureaux');
    await expect(notice).toContainText('Ada: agreed with the Bureaux');
    await notice.scrollIntoViewIfNeeded();
    await ada.screenshot({ path: `${SCREENSHOT_DIR}team-sync-conflict.png` });
    await notice.getByRole('button', { name: /Use my value for “Notes”/ }).click();
    await expect(notice).toHaveCount(0);

    for (const panel of [adaPanel, edPanel]) {
      await expect(panel.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ada: agreed with the Bureaux');
    }
    await expect(edPanel.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText('by ada');

    // Now the later change is on the browser that merges: the other person is told through the team database.
    await cutOff(ada);
    await cutOff(ed);
    await edPanel.getByRole('combobox', { name: 'Lead unit' }).fill('TSB');
    await edPanel.getByRole('combobox', { name: 'Lead unit' }).press('Enter');
    await expect(edPanel.getByRole('region', { name: 'History' })).toContainText('Lead unit: BDT → TSB');
    await adaPanel.getByRole('combobox', { name: 'Lead unit' }).fill('BR');
    await adaPanel.getByRole('combobox', { name: 'Lead unit' }).press('Enter');
    await expect(adaPanel.getByRole('region', { name: 'History' })).toContainText('Lead unit: BDT → BR');
    await reconnect(ed);
    await expect(syncState(ed)).toContainText('Synced', { timeout: 20_000 });
    await reconnect(ada);
    await expect(syncState(ada)).toContainText('Synced', { timeout: 20_000 });
    await expect(edPanel.getByRole('combobox', { name: 'Lead unit' })).toHaveValue('BR');
    const edNotice = edPanel.getByRole('note').filter({ hasText: 'at the same time as you' });
    await expect(edNotice).toContainText('ada changed “Lead unit”');
    await expect(edNotice).toContainText('TSB');
    await expect(adaPanel.getByRole('note').filter({ hasText: 'at the same time as you' })).toHaveCount(0);
  });

  test('the reporting date is the team\u2019s: set by one, shown to all, locked for a reader; two dates set offline leave a notice in Settings', async ({ browser }) => {
    const ada = await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    for (const page of [ada, ed]) await page.goto('./#/board');
    await ed.getByLabel('Reporting date').fill('2026-06-30');
    await ed.getByLabel('Reporting date').press('Enter');
    await expect(syncState(ed)).toContainText('Synced');
    await expect(ada.getByLabel('Reporting date')).toHaveValue('2026-06-30');
    await expect(ada.getByLabel('Reporting date')).toHaveAccessibleDescription(/Set by \u2068ed\u2069, /);

    const rita = await signedInPerson(browser, server, 'rita');
    await rita.goto('./#/board');
    await expect(rita.getByLabel('Reporting date')).toHaveValue('2026-06-30');
    await expect(rita.getByLabel('Reporting date')).toBeDisabled();
    await expect(rita.getByLabel('Reporting date')).toHaveAccessibleDescription(/reader/);

    await cutOff(ed);
    await cutOff(ada);
    await ed.getByLabel('Reporting date').fill('2026-09-30');
    await ed.getByLabel('Reporting date').press('Enter');
    await expect(syncState(ed)).toContainText(/Offline: 1 change waiting/);
    await ada.getByLabel('Reporting date').fill('2026-12-31');
    await ada.getByLabel('Reporting date').press('Enter');
    await expect(syncState(ada)).toContainText(/Offline: 1 change waiting/);
    await reconnect(ed);
    await expect(syncState(ed)).toContainText('Synced', { timeout: 20_000 });
    await reconnect(ada);
    await expect(syncState(ada)).toContainText('Synced', { timeout: 20_000 });
    for (const page of [ada, ed, rita]) await expect(page.getByLabel('Reporting date')).toHaveValue('2026-12-31');

    await ed.goto('./#/settings');
    const notice = ed.getByRole('note').filter({ hasText: 'at the same time as you' });
    await expect(notice).toContainText('ada changed “Reporting date” of the tracker');
    await expect(notice).toContainText('2026-09-30');
    await notice.scrollIntoViewIfNeeded();
    await ed.screenshot({ path: `${SCREENSHOT_DIR}team-sync-setting-notice.png` });
    await notice.getByRole('button', { name: 'Use my value for “Reporting date” of the tracker' }).click();
    await expect(notice).toHaveCount(0);
    for (const page of [ada, rita]) {
      await expect(page.getByLabel('Reporting date')).toHaveValue('2026-09-30');
      await expect(page.getByLabel('Reporting date')).toHaveAccessibleDescription(/Set by \u2068ed\u2069, /);
    }
  });

  test('a push whose answer is lost is not lost or duplicated: the next push finds its own revision and goes on', async ({ browser }) => {
    await signedInPerson(browser, server, 'ada');
    const ed = await signedInPerson(browser, server, 'ed');
    await ed.goto('./#/board');
    let dropped = 0;
    // The server stores the push, and then the connection breaks before its answer arrives.
    await ed.context().route('**/couchdb/*/_bulk_docs', async (route) => {
      if (dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await card(ed, 'M3').getByRole('button', { name: 'Move M3' }).click();
    await ed.getByRole('menuitem', { name: 'To be started' }).click();
    await expect.poll(() => dropped).toBe(1);
    // An editor may not change a history entry: pushing the move's entry again would be refused.
    await expect(syncState(ed)).toContainText('Synced', { timeout: 20_000 });

    const rita = await signedInPerson(browser, server, 'rita');
    await rita.goto('./#/board');
    await expect.poll(() => codesIn(rita, 'To be started')).toContain('M3');
    await rita.goto('./#/board?line=M3');
    const moves = rita.getByRole('dialog', { name: 'M3 details' }).getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: 'by ed' });
    await expect(moves).toHaveCount(1);
    await expect(syncState(ed)).toContainText('Synced');
  });

  test('a server stopped mid-push and restarted loses and duplicates nothing', async ({ browser }, testInfo) => {
    // Three people sign in, and after the restart the app waits out its retry pause (up to 16 s
    // here, as a person would): over a minute on a loaded 2-core machine.
    test.slow();
    const office = await startTeamServer(testInfo, { dataFolder: testInfo.outputPath('couchdb-data') });
    try {
      const ada = await signedInPerson(browser, office, 'ada');
      const ed = await signedInPerson(browser, office, 'ed');
      // The app comes from the same server: open the boards while it is up.
      await ada.goto('./#/board');
      await expect(card(ada, 'M7')).toBeVisible();
      await ed.goto('./#/board');
      await cutOff(ed);
      for (const code of ['M4', 'M5', 'M6']) {
        await card(ed, code).getByRole('button', { name: `Move ${code}` }).click();
        await ed.getByRole('menuitem', { name: 'Completed' }).click();
      }
      await expect(syncState(ed)).toContainText(/Offline: \d+ changes waiting/);
      expect(await axeViolations(ed, '.app-header')).toEqual([]);

      let stoppedAt = 0;
      // The server stores the three moves and stops before its answer leaves: Ed never hears back.
      await ed.context().route('**/couchdb/*/_bulk_docs', async (route) => {
        if (stoppedAt > 0) return route.continue();
        stoppedAt = Date.now();
        await route.fetch();
        await office.stop();
        await route.abort('connectionreset');
      });
      await reconnect(ed);
      await expect.poll(() => stoppedAt).toBeGreaterThan(0);
      await expect(syncState(ed)).toContainText(/Offline: \d+ changes? waiting, will retry/);
      // A change made while the server is down waits with the others.
      await card(ada, 'M7').getByRole('button', { name: 'Move M7' }).click();
      await ada.getByRole('menuitem', { name: 'Completed' }).click();
      await expect(syncState(ada)).toContainText('will retry');

      await office.restart();
      await expect(syncState(ed)).toContainText('Synced', { timeout: 40_000 });
      await expect(syncState(ada)).toContainText('Synced', { timeout: 40_000 });
      await expect.poll(() => codesIn(ada, 'Completed'), { timeout: 20_000 }).toEqual(expect.arrayContaining(['M4', 'M5', 'M6', 'M7']));
      await ed.reload();
      await expect.poll(() => codesIn(ed, 'Completed'), { timeout: 20_000 }).toEqual(expect.arrayContaining(['M4', 'M5', 'M6', 'M7']));

      const rita = await signedInPerson(browser, office, 'rita');
      await rita.goto('./#/board');
      await expect.poll(() => codesIn(rita, 'Completed')).toEqual(expect.arrayContaining(['M4', 'M5', 'M6', 'M7']));
      for (const [code, mover] of [['M4', 'ed'], ['M6', 'ed'], ['M7', 'ada']]) {
        await rita.goto(`./#/board?line=${code}`);
        const history = rita.getByRole('dialog', { name: `${code} details` }).getByRole('region', { name: 'History' });
        await expect(history.getByRole('listitem').filter({ hasText: `by ${mover}` })).toHaveCount(1);
      }
      await rita.screenshot({ path: `${SCREENSHOT_DIR}team-sync-after-restart.png` });
    } finally {
      await office.stop();
    }
  });

  test('two servers replicating with each other carry a change from a person on one to a person on the other', async ({ browser }, testInfo) => {
    const office = await startTeamServer(testInfo);
    try {
      const ada = await signedInPerson(browser, server, 'ada');
      await replicate(server, office);
      await replicate(office, server);
      await waitForDocument(office, 'line:M4');
      const ed = await signedInPerson(browser, office, 'ed');
      await ed.goto('./#/board');
      await card(ed, 'M4').getByRole('button', { name: 'Move M4' }).click();
      await ed.getByRole('menuitem', { name: 'Completed' }).click();
      await expect.poll(() => codesIn(ed, 'Completed')).toContain('M4');

      await ada.goto('./#/board');
      await expect.poll(() => codesIn(ada, 'Completed'), { timeout: 20_000 }).toContain('M4');
    } finally {
      await office.stop();
    }
  });
});
