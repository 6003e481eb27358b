import { describe, expect, it } from "vitest";
import { subjectWithoutNames } from "./subjects";

describe("subjectWithoutNames", () => {
  it("drops the names from subjects in every language, keeping what kind of message it was", async () => {
    expect(await subjectWithoutNames("Confirmada: tu sesión con Ana Pérez el mar, 3 mar")).toBe("Confirmada: tu sesión con … el mar, 3 mar");
    expect(await subjectWithoutNames("Anaさんとのセッションを確定してください")).toBe("…さんとのセッションを確定してください");
    expect(await subjectWithoutNames("Candleがカレンダー「Work」を読み込めません")).toBe("Candleがカレンダー「…」を読み込めません");
    expect(await subjectWithoutNames("Ana has a free time on Tue 3 Mar")).toBe("… has a free time on Tue 3 Mar");
  });

  it("leaves subjects that name nobody alone", async () => {
    expect(await subjectWithoutNames("Tu enlace para entrar en Candle")).toBeNull();
  });
});
