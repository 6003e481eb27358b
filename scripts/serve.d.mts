export const CLIENT_ADDRESS_HEADER: string;
export function resolveClientAddress(forwardedFor: string | undefined, peer: string | undefined, trustedProxies: number): string;
export function parseTrustedProxies(value: string | undefined): number;
export function loggablePath(url: string | undefined): string;
