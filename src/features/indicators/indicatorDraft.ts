import { isKnownCurrency, type Indicator, type IndicatorDirection } from '../../domain';

export type UnitKind = Indicator['unit']['kind'];

/** The indicator form's fields as typed. */
export interface IndicatorDraft {
  name: string;
  unitKind: UnitKind;
  currency: string;
  direction: IndicatorDirection;
  areaCode: string;
  lineCodes: string[];
  definition: string;
}

export type IndicatorDraftErrors = Partial<Record<'name' | 'currency' | 'lineCodes', 'nameMissing' | 'currencyUnknown' | 'lineUnknown'>>;

export function indicatorDraftOf(indicator: Indicator | null): IndicatorDraft {
  if (!indicator) return { name: '', unitKind: 'count', currency: 'USD', direction: 'higher', areaCode: '', lineCodes: [], definition: '' };
  return {
    name: indicator.name,
    unitKind: indicator.unit.kind,
    currency: indicator.unit.kind === 'money' ? indicator.unit.currency : 'USD',
    direction: indicator.direction,
    areaCode: indicator.areaCode ?? '',
    lineCodes: indicator.lineCodes,
    definition: indicator.definition,
  };
}

/** The indicator's fields from a draft, or what is wrong with it; the currency is read in capitals ("usd" is USD). */
export function indicatorFieldsFromDraft(
  draft: IndicatorDraft,
  knownLineCodes: ReadonlySet<string>,
): { ok: true; value: Pick<Indicator, 'name' | 'unit' | 'direction' | 'areaCode' | 'lineCodes' | 'definition'> } | { ok: false; errors: IndicatorDraftErrors } {
  const errors: IndicatorDraftErrors = {};
  const name = draft.name.trim();
  const currency = draft.currency.trim().toUpperCase();
  if (!name) errors.name = 'nameMissing';
  if (draft.unitKind === 'money' && !isKnownCurrency(currency)) errors.currency = 'currencyUnknown';
  if (draft.lineCodes.some((code) => !knownLineCodes.has(code))) errors.lineCodes = 'lineUnknown';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      unit: draft.unitKind === 'money' ? { kind: 'money', currency } : { kind: draft.unitKind },
      direction: draft.direction,
      areaCode: draft.areaCode || null,
      lineCodes: draft.lineCodes,
      definition: draft.definition.trim(),
    },
  };
}
