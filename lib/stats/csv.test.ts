import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, csvRow } from "./csv";

describe("CSV quoting (RFC 4180)", () => {
  it("leaves plain text alone and quotes commas, quotes and line breaks", () => {
    expect(csvCell("Governance")).toBe("Governance");
    expect(csvCell("Finance, funding")).toBe('"Finance, funding"');
    expect(csvCell('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("writes numbers, booleans and missing values plainly", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0.5625)).toBe("0.5625");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("yes");
  });

  it("stops spreadsheets from running text as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\r=cmd|' /C calc'!A0")).toBe(`"'\r=cmd|' /C calc'!A0"`);
    expect(csvCell("\n=1+1")).toBe('"\n=1+1"');
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("ends every record with CRLF", () => {
    expect(csvRow(["id", "name"])).toBe("id,name\r\n");
    expect(
      csvDocument([
        ["a", 1],
        ["b, c", null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
  });
});
