import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/links";
import { authOptions } from "@/lib/auth/options";
import { requestSignInLink } from "@/lib/auth/sign-in";
import { config } from "@/lib/config";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

const SIGN_IN_TOKEN = /^[0-9a-f]{64}$/;

/**
 * next-auth's link callback throws on a malformed token, address or return
 * path; such links are answered like an expired one, and the return path is
 * kept only when it is a path on this site.
 */
async function get(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/email") return handler(request, context);
  const params = request.nextUrl.searchParams;
  const email = z
    .email()
    .max(254)
    .safeParse(params.get("email") ?? "");
  if (!SIGN_IN_TOKEN.test(params.get("token") ?? "") || !email.success) {
    return NextResponse.redirect(new URL("/signin?error=Verification", config.publicUrl), 303);
  }
  const url = new URL(request.nextUrl);
  const next = `${config.publicUrl}${safeCallbackPath(callbackPath(params.get("callbackUrl")))}`;
  url.search = new URLSearchParams({ token: params.get("token")!, email: email.data, callbackUrl: next }).toString();
  return handler(new NextRequest(url, request), context);
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
  // next-auth's own check of this form (a CSRF token) is not run here: a browser sending it from another site's page is refused instead.
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(config.publicUrl).origin) {
    return new NextResponse("This form can only be sent from Candle's own pages.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const form = await request.formData().catch(() => null);
  const result = await requestSignInLink(form?.get("email"), callbackPath(form?.get("callbackUrl")));
  const to = result.outcome === "limited" ? "/signin?error=TooMany" : result.outcome === "invalid" ? "/signin?error=EmailSignin" : "/signin/check-email";
  return NextResponse.redirect(new URL(to, config.publicUrl), 303);
}

/** The path (and query) of a return address on this site; anything else is dropped. */
function callbackPath(callback: FormDataEntryValue | null | undefined): string | undefined {
  if (typeof callback !== "string") return undefined;
  try {
    const url = new URL(callback, config.publicUrl);
    return url.origin === new URL(config.publicUrl).origin ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}

export { get as GET, post as POST };
