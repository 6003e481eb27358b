import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../i18n/messages/en.json";
import es from "../i18n/messages/es.json";
import { retentionRows } from "./policy";

const english = createTranslator({ locale: "en", messages: en as Messages, namespace: "privacy.retention" });
const spanish = createTranslator({ locale: "es", messages: es as Messages, namespace: "privacy.retention" });

describe("retentionRows", () => {
  it("says what the retention settings say", () => {
    const text = retentionRows({ emailDays: 7, unconfirmedDays: 3, bookingDays: 180 }, 30, english)
      .map((row) => row.howLong)
      .join("\n");
    expect(text).toContain("Until 180 days after the session");
    expect(text).toContain("erased 3 days after the hold lapses");
    expect(text).toContain("erased 7 days after sending");
    expect(text).toContain("30 minutes, and it works once");
  });

  it("follows a change of setting, down to erasing at once", () => {
    const text = retentionRows({ emailDays: 0, unconfirmedDays: 1, bookingDays: 365 }, 15, english)
      .map((row) => row.howLong)
      .join("\n");
    expect(text).toContain("365 days after the session");
    expect(text).toContain("1 day after the hold lapses");
    expect(text).toContain("erased as soon as sending");
  });

  it("speaks the reader's language, with the same figures", () => {
    const text = retentionRows({ emailDays: 7, unconfirmedDays: 1, bookingDays: 180 }, 30, spanish)
      .map((row) => `${row.what}: ${row.howLong}`)
      .join("\n");
    expect(text).toContain("Hasta 180 días después de la sesión");
    expect(text).toContain("1 día después de que venza la reserva provisional");
    expect(text).toContain("30 minutos, y funciona una sola vez");
  });
});
