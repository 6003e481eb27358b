import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { config } from "@/lib/config";
import { shareMetadata } from "@/lib/seo";
import "./globals.css";

const title = "Candle — an hour with an experienced co-operator";
const description =
  "Starting a worker co-op? Book a free hour with a volunteer who has done it: legal structures, governance, finance, converting a business and more.";

export const metadata: Metadata = {
  metadataBase: new URL(config.publicUrl),
  title: { default: title, template: "%s · Candle" },
  description,
  ...shareMetadata({ title, description, path: "/" }),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#7a3e00",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
