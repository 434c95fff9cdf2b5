export interface StorageStatus {
  isSupported: boolean;
  isPersisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted || !storage.estimate) {
    return { isSupported: false, isPersisted: false, usageBytes: null, quotaBytes: null };
  }
  const [isPersisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { isSupported: true, isPersisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}

/** Asks the browser not to evict this site's data; resolves to whether it now is persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
