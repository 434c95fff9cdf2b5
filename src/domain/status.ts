/** The status vocabulary of the source document, stored as written there. */
export const STATUSES = ['To be started', 'Ongoing', 'Completed'] as const;

export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isStarted(status: Status): boolean {
  return status !== 'To be started';
}

/** Stable identifier used for i18n keys, CSS classes and test ids. */
export function statusKey(status: Status): 'toBeStarted' | 'ongoing' | 'completed' {
  switch (status) {
    case 'To be started':
      return 'toBeStarted';
    case 'Ongoing':
      return 'ongoing';
    case 'Completed':
      return 'completed';
  }
}

export const HEALTHS = ['on-track', 'at-risk', 'off-track'] as const;

export type Health = (typeof HEALTHS)[number];
