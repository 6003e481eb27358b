import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const development = process.env.NODE_ENV !== "production";
const https = (process.env.PUBLIC_URL ?? "").startsWith("https://");

// Everything a page loads comes from this origin; the browser refuses the rest.
// script-src keeps 'unsafe-inline': Next streams each page's data in inline
// scripts that differ per page and per build, so they cannot be hashed, and a
// nonce would make every page per-request and end the cached mentor pages.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${development ? " ws:" : ""}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

// The benchmark's reference pages (app/bench/*/page.bench.tsx) exist only in its own build.
const benchmark = process.env.CANDLE_BENCH_PAGES === "1";

const nextConfig: NextConfig = {
  // The benchmark builds into its own folder so it never disturbs a running copy.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  pageExtensions: benchmark ? ["bench.tsx", "tsx", "ts"] : ["tsx", "ts"],
  // Next's file-system cache, with revalidations shared between instances (PostgreSQL LISTEN/NOTIFY).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  poweredByHeader: false,
  reactStrictMode: true,
  // Not typedRoutes: founders' pages sit under app/[locale], with a catch-all for the
  // not-found page, so every path would type-check and the check would prove nothing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Only when people reach the app over https (PUBLIC_URL is read at build time).
          ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

const withNextIntl = createNextIntlPlugin("./lib/locale/request.ts");

export default withNextIntl(nextConfig);
