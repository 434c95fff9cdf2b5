import { useMemo } from 'react';
import { buildAnnex, computeHeadline } from '../../domain';
import { useActionLines, useAreas, useMilestones, useReportingDate, useSettings } from '../../data';

/** Everything the Annex 2 views show, derived from the cached tables and the reporting date. */
export function useAnnexData() {
  const areas = useAreas();
  const lines = useActionLines();
  const milestones = useMilestones();
  const settings = useSettings();
  const { reportingDate, isSet } = useReportingDate();

  const annex = useMemo(
    () => buildAnnex(areas.data ?? [], lines.data ?? [], milestones.data ?? [], reportingDate),
    [areas.data, lines.data, milestones.data, reportingDate],
  );
  const headline = useMemo(() => computeHeadline(lines.data ?? [], reportingDate), [lines.data, reportingDate]);
  const error = areas.error ?? lines.error ?? milestones.error ?? settings.error;

  return {
    isPending: areas.isPending || lines.isPending || milestones.isPending || settings.isPending,
    error,
    annex,
    headline,
    lines: lines.data ?? [],
    reportingDate,
    isReportingDateSet: isSet,
    strategy: settings.data?.strategy ?? null,
  };
}

export type AnnexData = ReturnType<typeof useAnnexData>;
