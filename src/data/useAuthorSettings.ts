import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { readAuthorSettings, writeAuthorName } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';

/** The name changes are recorded under (null: "this browser") and this device's id. */
export function useAuthorSettings() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.authorSettings, queryFn: () => readAuthorSettings(db) });
}

/** Sets the name later changes are recorded under; null or blank goes back to "this browser". */
export function useSetAuthorName() {
  const db = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string | null) => writeAuthorName(db, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.authorSettings }),
  });
}
