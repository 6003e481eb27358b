import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, HONEYPOT_INPUT_PROPS, isHoneypotTripped } from "./honeypot";

describe("the honeypot", () => {
  it("has a name that autofill and password managers leave alone", () => {
    const autofillHints = /name|mail|phone|tel|addr|street|city|zip|postal|country|company|org|url|web|site|user|login|pass|card|birth|title/i;
    expect(HONEYPOT_FIELD).not.toMatch(autofillHints);
    expect(HONEYPOT_INPUT_PROPS).toMatchObject({ name: HONEYPOT_FIELD, type: "text", tabIndex: -1, autoComplete: "off" });
  });

  it("is not tripped when the field is absent, empty or only whitespace", () => {
    for (const value of [null, undefined, "", "  \n"]) expect(isHoneypotTripped(value)).toBe(false);
  });

  it("is tripped by any text or by a file", () => {
    expect(isHoneypotTripped("Buy cheap watches")).toBe(true);
    expect(isHoneypotTripped("0")).toBe(true);
    expect(isHoneypotTripped(new File([], ""))).toBe(true);
  });
});
