import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { requestSignInLink } from "@/lib/auth/sign-in";
import { config } from "@/lib/config";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

/**
 * next-auth's own "email me a link" endpoint answers through the app's sign-in
 * path instead: the same rate limits as the form, and the same answer whether
 * or not the address has an account. Everything else (the callback that spends a
 * link, sign-out, the session) is next-auth's.
 */
async function post(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "signin/email") return handler(request, context);
  const form = await request.formData().catch(() => null);
  const result = await requestSignInLink(form?.get("email"), callbackPath(form?.get("callbackUrl")));
  const to = result.outcome === "limited" ? "/signin?error=TooMany" : result.outcome === "invalid" ? "/signin?error=EmailSignin" : "/signin/check-email";
  return NextResponse.redirect(new URL(to, config.publicUrl), 303);
}

function callbackPath(callback: FormDataEntryValue | null | undefined): string | undefined {
  if (typeof callback !== "string") return undefined;
  try {
    return new URL(callback, config.publicUrl).pathname;
  } catch {
    return undefined;
  }
}

export { handler as GET, post as POST };
