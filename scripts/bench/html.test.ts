import { describe, expect, it } from "vitest";
import { staticScriptFiles } from "./html";

describe("staticScriptFiles", () => {
  it("takes script sources and script preloads from /_next/static, each file once", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/module-2.js"/>',
      '<link rel="preload" as="style" href="/_next/static/css/app.css"/>',
      '<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>',
      '<link rel="stylesheet" href="/_next/static/css/app.css"/>',
      '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
      '<script src="http://127.0.0.1:3160/_next/static/chunks/main-3.js?dpl=x&amp;y=1" async=""></script>',
      '<script>self.__next_f.push([1,""])</script>',
      '<script src="/og-widget.js"></script>',
    ].join("");
    expect(staticScriptFiles(html)).toEqual([
      "/_next/static/chunks/webpack-1.js",
      "/_next/static/chunks/main-3.js?dpl=x&y=1",
      "/_next/static/chunks/module-2.js",
    ]);
  });
});
