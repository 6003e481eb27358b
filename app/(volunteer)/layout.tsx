import type { ReactNode } from "react";
import { AccountDocument, accountMetadata, accountViewport } from "@/components/account-document";
import "../globals.css";

export const generateMetadata = accountMetadata;
export const viewport = accountViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <AccountDocument>{children}</AccountDocument>;
}
