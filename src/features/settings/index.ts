export { SettingsView } from './SettingsView';
export { readStorageStatus, requestPersistentStorage, type StorageStatus } from './storagePersistence';
