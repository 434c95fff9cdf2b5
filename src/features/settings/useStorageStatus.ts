import { useQuery } from '@tanstack/react-query';
import { readStorageStatus } from './storagePersistence';

/** The browser's storage facts; not tracker data, so it has its own key outside the table keys. */
export function useStorageStatus() {
  return useQuery({ queryKey: ['browserStorage'], queryFn: readStorageStatus });
}
