// Stand-ins for the parts of Next.js a server action reaches for outside our
// code: the request's headers and cookies, redirect/notFound, cache
// invalidation and after(). Everything else an action does (our checks, the
// database, the outbox) runs for real. A test file wires them with:
//
//   vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
//   vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
//   vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
//   vi.mock("next/server", () => import("../support/next-request").then((m) => m.nextServer));

/** What the current simulated request carries and what the action asked Next to do. */
export const request = {
  headers: new Headers(),
  cookies: new Map<string, string>(),
  after: [] as (() => unknown)[],
  invalidated: [] as string[],
};

/** A fresh anonymous request from `address` (as scripts/serve.mjs would report it). */
export function newRequest(address = "203.0.113.10", cookies: Record<string, string> = {}) {
  request.headers = new Headers({ "x-candle-client-address": address });
  request.cookies = new Map(Object.entries(cookies));
  request.after = [];
  request.invalidated = [];
}

/** Runs what the action scheduled with after(). */
export async function runAfter() {
  for (const work of request.after.splice(0)) await work();
}

export class NavigationSignal extends Error {
  constructor(
    readonly kind: "redirect" | "not-found",
    readonly url?: string,
  ) {
    super(kind === "redirect" ? `REDIRECT ${url}` : "NOT_FOUND");
  }
}

/** What an action ended with: its returned state, or where it redirected. */
export async function outcome<T>(action: Promise<T>): Promise<{ state: T } | { redirect: string } | { notFound: true }> {
  try {
    return { state: await action };
  } catch (error) {
    if (error instanceof NavigationSignal) return error.kind === "redirect" ? { redirect: error.url! } : { notFound: true };
    throw error;
  }
}

const cookieStore = () => ({
  get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
  getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => request.cookies.has(name),
  set: (name: string, value: string) => void request.cookies.set(name, value),
  delete: (name: string) => void request.cookies.delete(name),
});

export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => cookieStore(),
};

export const nextNavigation = {
  redirect: (url: string) => {
    throw new NavigationSignal("redirect", url);
  },
  permanentRedirect: (url: string) => {
    throw new NavigationSignal("redirect", url);
  },
  notFound: () => {
    throw new NavigationSignal("not-found");
  },
};

export const nextCache = {
  revalidatePath: (path: string) => void request.invalidated.push(path),
  revalidateTag: (tag: string) => void request.invalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => void request.invalidated.push(`tag:${tag}`),
  unstable_cache: <T extends (...args: never[]) => unknown>(work: T) => work,
};

export const nextServer = {
  after: (work: () => unknown) => void request.after.push(work),
};
