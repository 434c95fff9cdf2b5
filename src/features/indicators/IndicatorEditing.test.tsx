import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { SEED_INDICATORS, SEED_INDICATOR_PERIODS } from '../../domain/seed/indicatorSeed';

type User = ReturnType<typeof userEvent.setup>;
const undoKey = (user: User) => user.keyboard('{Control>}z{/Control}');
const redoKey = (user: User) => user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');

const AGREEMENTS = 'BDT partnership agreements signed';
const AGREEMENTS_ID = SEED_INDICATORS.find((indicator) => indicator.name === AGREEMENTS)?.id ?? '';
const SEEDED_PERIODS = SEED_INDICATOR_PERIODS.filter((period) => period.indicatorId === AGREEMENTS_ID).length;

async function openIndicators() {
  const utils = renderApp('/indicators');
  await screen.findAllByRole('article');
  return utils;
}

const card = (name: string) => screen.getByRole('article', { name });
const periodRows = (name: string) => within(within(card(name)).getByRole('table', { name: `Periods of ${name}` })).getAllByRole('row').slice(1);

describe('editing indicators', () => {
  it("adds next year's figures with their source: the year after the latest is offered, and Undo takes them back", async () => {
    const user = userEvent.setup();
    const { db } = await openIndicators();
    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Add figures for ${AGREEMENTS}` }));
    const form = screen.getByRole('form', { name: `Add figures: ${AGREEMENTS}` });
    expect(within(form).getByLabelText('From')).toHaveValue('2026-01-01');
    expect(within(form).getByLabelText('To (inclusive)')).toHaveValue('2026-12-31');
    expect(within(form).getByText('Drawn in the trend as the year 2026.')).toBeInTheDocument();
    const actual = within(form).getByRole('group', { name: 'Actual' });
    await user.type(within(actual).getByLabelText('Value'), '81');
    await user.type(within(actual).getByLabelText('Document'), 'BDT report to TDAG, 2026');
    await user.type(within(actual).getByLabelText('Section or table'), '3. Partnerships');
    await user.type(within(actual).getByLabelText('Page'), '4');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: `Add figures: ${AGREEMENTS}` })).not.toBeInTheDocument());
    const row = periodRows(AGREEMENTS).find((candidate) => within(candidate).queryByRole('rowheader', { name: '2026' }));
    expect(row).toHaveTextContent('81');
    expect(row).toHaveTextContent('BDT report to TDAG, 2026, 3. Partnerships, page 4');
    const history = await db.historyEntries.where('lineCode').equals(AGREEMENTS_ID).toArray();
    expect(history.map((entry) => [entry.entity, entry.field, entry.to])).toEqual([['indicatorPeriod', 'period', '2026-01-01 – 2026-12-31']]);

    await undoKey(user);
    await waitFor(async () => expect(await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).count()).toBe(SEEDED_PERIODS));
    await redoKey(user);
    await waitFor(async () => expect(await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).count()).toBe(SEEDED_PERIODS + 1));
  });

  it('refuses a figure that is not a number and a period that crosses another, saving nothing and keeping what was typed', async () => {
    const user = userEvent.setup();
    const { db } = await openIndicators();
    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Add figures for ${AGREEMENTS}` }));
    const form = screen.getByRole('form', { name: `Add figures: ${AGREEMENTS}` });
    const value = within(within(form).getByRole('group', { name: 'Actual' })).getByLabelText('Value');
    await user.type(value, 'about 80');
    await user.clear(within(form).getByLabelText('From'));
    await user.type(within(form).getByLabelText('From'), '2025-06-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Nothing was saved.');
    expect(within(form).getByRole('alert')).toHaveTextContent('These dates overlap the period 2025 of this indicator');
    expect(value).toHaveAccessibleDescription('Enter a number, such as 1234.5.');
    expect(value).toHaveValue('about 80');
    expect(await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).count()).toBe(SEEDED_PERIODS);
  });

  it("edits an indicator's unit and lines, and reports an indicator changed elsewhere meanwhile without overwriting it", async () => {
    const user = userEvent.setup();
    const { db } = await openIndicators();
    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Edit the indicator ${AGREEMENTS}` }));
    let form = screen.getByRole('form', { name: `Edit the indicator ${AGREEMENTS}` });
    await user.click(within(form).getByRole('checkbox', { name: /^V5 / }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.indicators.get(AGREEMENTS_ID))?.lineCodes).toEqual(['V3', 'V4', 'V5']));
    expect(within(card(AGREEMENTS)).getByRole('link', { name: 'Open action line V5 on the board' })).toBeInTheDocument();

    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Edit the indicator ${AGREEMENTS}` }));
    form = screen.getByRole('form', { name: `Edit the indicator ${AGREEMENTS}` });
    // Another tab's edit, straight to the database: the page learns of it only from Dexie's change event.
    await db.indicators.update(AGREEMENTS_ID, { definition: 'Changed in another tab.' });
    await user.type(within(form).getByLabelText('Name'), ' (BDT)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/was changed elsewhere meanwhile/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveValue(`${AGREEMENTS} (BDT)`);
    expect(await db.indicators.get(AGREEMENTS_ID)).toMatchObject({ name: AGREEMENTS, definition: 'Changed in another tab.' });
  });

  it('adds an indicator in a currency typed in small letters, and deletes one with its periods, which Undo restores', async () => {
    const user = userEvent.setup();
    const { db } = await openIndicators();
    await user.click(screen.getByRole('button', { name: 'Add an indicator' }));
    const form = screen.getByRole('form', { name: 'Add an indicator' });
    await user.selectOptions(within(form).getByLabelText('Unit'), 'money');
    await user.clear(within(form).getByLabelText('Currency'));
    await user.type(within(form).getByLabelText('Currency'), 'chf');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Give the indicator a name.');
    await user.type(within(form).getByLabelText('Name'), 'Sponsorship income');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Sponsorship income' })).toHaveTextContent('Money (CHF)');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sponsorship income' })).toHaveFocus());

    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Delete the indicator ${AGREEMENTS} and its figures` }));
    await waitFor(() => expect(screen.queryByRole('article', { name: AGREEMENTS })).not.toBeInTheDocument());
    await waitFor(async () => expect(await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).count()).toBe(0));
    await undoKey(user);
    expect(await screen.findByRole('article', { name: AGREEMENTS })).toBeInTheDocument();
    expect(await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).count()).toBe(SEEDED_PERIODS);
  });
});

describe('editing breakdowns', () => {
  it('keeps a breakdown that misses its total only once its note says why', async () => {
    const user = userEvent.setup();
    const { db } = await openIndicators();
    await user.click(within(card(AGREEMENTS)).getByRole('button', { name: `Add figures for ${AGREEMENTS}` }));
    const form = screen.getByRole('form', { name: `Add figures: ${AGREEMENTS}` });
    await user.type(within(within(form).getByRole('group', { name: 'Actual' })).getByLabelText('Value'), '81');
    await user.click(within(form).getByRole('button', { name: 'Add a breakdown' }));
    const breakdown = within(form).getByRole('group', { name: 'Breakdown 1' });
    await user.type(within(breakdown).getByLabelText('Broken down by'), 'Region');
    await user.type(within(breakdown).getByLabelText('Part 1'), 'Africa');
    await user.type(within(breakdown).getByLabelText('Value of part 1'), '41');
    await user.type(within(breakdown).getByLabelText('Part 2'), 'Europe');
    await user.type(within(breakdown).getByLabelText('Value of part 2'), '39');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The breakdown by Region adds up to 80, not 81 (a difference of -1). Correct it, or say in its note why it differs (sources round) to keep it.',
    );
    await user.type(within(breakdown).getByLabelText('Note: why it may miss its total (sources round)'), 'The chart rounds.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: `Add figures: ${AGREEMENTS}` })).not.toBeInTheDocument());
    const added = (await db.indicatorPeriods.where('indicatorId').equals(AGREEMENTS_ID).toArray()).find((period) => period.end === '2026-12-31');
    expect(added?.breakdowns).toEqual([
      expect.objectContaining({ dimension: 'Region', partsUnit: 'value', parts: [{ label: 'Africa', value: 41 }, { label: 'Europe', value: 39 }], note: 'The chart rounds.' }),
    ]);
    expect(within(card(AGREEMENTS)).getByRole('table', { name: 'Region, 2026' })).toHaveTextContent('Africa41Europe39');
  });
});
