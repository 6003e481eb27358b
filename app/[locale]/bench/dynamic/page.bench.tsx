import type { Metadata } from "next";
import { connection } from "next/server";
import { createRandom } from "@/lib/random";

export const metadata: Metadata = { title: "Benchmark: dynamic reference", robots: { index: false } };

// Sized so the HTML is about as long as a filtered directory page (24 cards plus
// its filter form and its few dozen options); `npm run bench` prints both sizes so drift shows up.
const CARD_COUNT = 24;
const OPTION_COUNT = 40;
const SEED = 20_261_122;

const WORDS = (
  "co-op member bakery print shop software care workers board circle finance loans valuation bylaws governance " +
  "conversion platform union housing grocery cleaning childcare translation design consent sociocracy capital " +
  "patronage surplus dividend training onboarding conflict mediation pricing clients contracts solidarity network"
).split(" ");

function fillerCards() {
  const { next: random, pick: choose } = createRandom(SEED);
  const pick = () => choose(WORDS);
  const phrase = (count: number) => Array.from({ length: count }, pick).join(" ");
  const title = (count: number) => phrase(count).replace(/(^|\s)\S/g, (letter) => letter.toUpperCase());
  return Array.from({ length: CARD_COUNT }, (_, index) => ({
    id: `filler-${index}`,
    name: title(2),
    headline: phrase(18 + Math.floor(random() * 6)),
    note: phrase(28 + Math.floor(random() * 6)),
    coop: `${title(2)} Co-operative`,
    place: title(1),
    languages: title(2 + Math.floor(random() * 2))
      .split(" ")
      .join(", "),
    next: new Date(Date.UTC(2026, 0, 1 + index, 9 + (index % 8))).toISOString(),
    tags: Array.from({ length: 2 + Math.floor(random() * 3) }, () => title(3)),
  }));
}

/** A per-request page that touches no database: the ceiling for the directory. */
export default async function BenchDynamicPage() {
  await connection();
  const cards = fillerCards();
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Dynamic reference page</h1>
        <p>Rendered on every request from fixed data, without the database. Used only by the benchmark.</p>
      </div>
      <form method="get" className="filters" aria-label="Filler form">
        <div className="field">
          <label htmlFor="filler">Filler</label>
          <select id="filler" name="filler" defaultValue="option-0">
            {Array.from({ length: OPTION_COUNT }, (_, index) => (
              <option key={index} value={`option-${index}`}>
                Option number {index}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="results-count" role="status">
        {cards.length} cards.
      </p>
      <ul className="mentor-grid" aria-label="Cards">
        {cards.map((card) => (
          <li key={card.id}>
            <article className="mentor-card" aria-labelledby={card.id}>
              <h2 id={card.id}>
                <a href={`#${card.id}`}>{card.name}</a>
              </h2>
              <p className="mentor-card__headline">{card.headline}</p>
              <p className="hint">{card.note}</p>
              <dl className="facts">
                <dt>Co-op</dt>
                <dd>{card.coop}</dd>
                <dt>Based in</dt>
                <dd>{card.place}</dd>
                <dt>Speaks</dt>
                <dd>{card.languages}</dd>
                <dt>Next free</dt>
                <dd>
                  <time dateTime={card.next}>{card.next.slice(0, 16).replace("T", " ")}</time>
                </dd>
              </dl>
              <ul className="tags" aria-label="Tags">
                {card.tags.map((tag, index) => (
                  <li key={index}>{tag}</li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
