import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { config } from "../config";
import { authDatabase, userExists } from "./data";
import { SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S, SIGN_IN_LINK_MINUTES } from "./links";
import { sendSignInLink } from "./mutations";

let options: NextAuthOptions | undefined;

/**
 * Email-only sign-in with sessions kept in the database. Links are issued by
 * lib/auth/mutations.ts (only to people who have an account) and verified here.
 * Built on first use: `next build` loads this module without the runtime secret.
 */
export function authOptions(): NextAuthOptions {
  // next-auth builds its own links from NEXTAUTH_URL; one address for the app, PUBLIC_URL, is enough.
  process.env.NEXTAUTH_URL ??= config.publicUrl;
  options ??= createOptions();
  return options;
}

const createOptions = (): NextAuthOptions => ({
  adapter: PrismaAdapter(authDatabase),
  secret: config.secret,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
  providers: [
    EmailProvider({
      from: config.mail.from,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      secret: config.secret,
      async sendVerificationRequest({ identifier, url }) {
        await sendSignInLink(identifier, url);
      },
    }),
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  callbacks: {
    // Nobody gets an account by asking for a link: volunteers apply, organisers invite.
    async signIn({ user }) {
      return Boolean(user.email && (await userExists(user.email)));
    },
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id, role: (user as { role?: string }).role ?? "volunteer" } };
    },
  },
});
