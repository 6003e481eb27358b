import type { Metadata } from "next";

export const metadata: Metadata = { title: "Benchmark: static reference", robots: { index: false } };

/** The fastest page this app can serve: prerendered at build time, no data. `npm run bench` compares against it. */
export default function BenchStaticPage() {
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Static reference page</h1>
        <p>Prerendered at build time and served from the cache. Used only by the benchmark.</p>
      </div>
    </div>
  );
}
