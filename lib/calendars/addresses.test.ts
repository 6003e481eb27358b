import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./fetch";
import { normaliseFeedUrl } from "./source";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "fe80::1",
    "fd00:ec2::254",
    "ff02::1",
    "::ffff:10.0.0.1",
    "not-an-ip",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(["1.1.1.1", "95.216.1.1", "172.32.0.1", "100.128.0.1", "2a01:4f8::1"])("allows %s", (address) => expect(isPrivateAddress(address)).toBe(false));
});

describe("normaliseFeedUrl", () => {
  it("reads webcal:// as https://", () => {
    expect(normaliseFeedUrl(" webcal://p01-caldav.icloud.com/published/2/abc ")).toBe("https://p01-caldav.icloud.com/published/2/abc");
    expect(normaliseFeedUrl("WEBCALS://cal.example.org/x.ics")).toBe("https://cal.example.org/x.ics");
    expect(normaliseFeedUrl("https://cal.example.org/x.ics")).toBe("https://cal.example.org/x.ics");
  });
});
