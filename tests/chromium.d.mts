export const CHROMIUM_FLAGS: string[];
export const INSTALL_COMMAND: string;
export function resolveChromium(): Promise<{ executablePath: string; env: Record<string, string>; source: string }>;
export function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[]; env: Record<string, string | undefined> }>;
