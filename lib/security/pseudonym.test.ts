import { describe, expect, it } from "vitest";
import { pseudonymOf, recipientPseudonym } from "./pseudonym";

const secret = "a-test-secret-of-enough-length";

describe("pseudonymOf", () => {
  it("names one mailbox the same however it is spelled", () => {
    const one = pseudonymOf("Ada.Founder+coop@Example.com", secret);
    expect(one).toMatch(/^[0-9a-f]{12}$/);
    expect(pseudonymOf(" ada.founder@example.com ", secret)).toBe(one);
  });

  it("tells different mailboxes apart and depends on the secret", () => {
    const one = pseudonymOf("ada@example.com", secret);
    expect(pseudonymOf("bea@example.com", secret)).not.toBe(one);
    expect(pseudonymOf("ada@example.com", `${secret}-other`)).not.toBe(one);
  });

  it("never contains the address", () => {
    expect(recipientPseudonym("ada@example.com", secret)).toMatch(/^pseudonym:[0-9a-f]{12}$/);
  });
});
