export declare function startPeer(options?: { logLevel?: 'info' | 'warn' | 'error' | 'silent' }): Promise<{ url: string; close: () => Promise<void> }>;
