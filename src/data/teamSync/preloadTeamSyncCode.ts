/**
 * Loads sync's code while the person fills in the sign-in form, so that signing in waits on the
 * server alone: loaded after the click, it held the first request back by about 0.3 s at 4x. Only
 * someone who starts to sign in loads it. A failed load is left to sign-in, which loads it again.
 */
export function preloadTeamSyncCode(): void {
  void Promise.all([import('./couchClient'), import('./teamSyncRunner')]).catch(() => undefined);
}
