import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "../forms";
import en from "../i18n/messages/en.json";
import { addTopicSchema, archiveTopicSchema, clashKind, findNameClash, moveInList, sortOrderChanges, topicSlug } from "./schema";

const english = createTranslator({ locale: "en", messages: en, namespace: "topics.errors" });

describe("topic names", () => {
  it("tidies spaces and refuses names that are too short, too long or only punctuation", () => {
    expect(addTopicSchema.parse({ name: "  Finance   &  funding " })).toEqual({ name: "Finance & funding" });
    const refusal = (input: unknown) => fieldErrors(addTopicSchema.safeParse(input).error!, (key, values) => english(key as never, values as never)).name;
    expect(refusal({ name: " a " })).toBe("Please enter a name of at least 2 characters.");
    expect(refusal({ name: "x".repeat(61) })).toBe("Please keep the name under 60 characters.");
    expect(refusal({ name: "&&" })).toBe("Please use at least one letter or number.");
    expect(refusal({})).toBe("Please enter a name for the topic.");
  });

  it("makes slugs from names, folding accents", () => {
    expect(topicSlug("Finance & funding")).toBe("finance-funding");
    expect(topicSlug("Économie sociale")).toBe("economie-sociale");
    expect(topicSlug("协作")).toBe("");
  });

  it("reads the archive switch", () => {
    expect(archiveTopicSchema.parse({ topicId: "t1", archived: "true" })).toEqual({ topicId: "t1", archived: true });
    expect(archiveTopicSchema.parse({ topicId: "t1", archived: "false" })).toEqual({ topicId: "t1", archived: false });
    expect(archiveTopicSchema.safeParse({ topicId: "t1", archived: "yes" }).success).toBe(false);
  });
});

describe("topic name clashes", () => {
  const topics = [
    { id: "t1", name: "Governance", slug: "governance" },
    { id: "t2", name: "Finance & funding", slug: "finance-funding" },
    { id: "t3", name: "协作", slug: "t3" },
  ];

  it("finds the same name in another case, or a name with the same slug", () => {
    expect(findNameClash(topics, "GOVERNANCE")?.id).toBe("t1");
    expect(findNameClash(topics, "Finance, funding")?.id).toBe("t2");
    expect(findNameClash(topics, "Legal structures")).toBeNull();
    expect(findNameClash(topics, "协作")?.id).toBe("t3");
    expect(findNameClash(topics, "合作")).toBeNull();
  });

  it("lets a topic keep or recase its own name", () => {
    expect(findNameClash(topics, "governance", "t1")).toBeNull();
    expect(findNameClash(topics, "Finance & Funding", "t1")?.id).toBe("t2");
  });

  it("tells the same name from one too close", () => {
    expect(clashKind(topics[0]!, "governance")).toBe("same");
    expect(clashKind(topics[1]!, "Finance, funding")).toBe("close");
  });
});

describe("reordering topics", () => {
  it("moves one place up or down, and not past either end", () => {
    expect(moveInList(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveInList(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(moveInList(["a", "b", "c"], "a", "up")).toBeNull();
    expect(moveInList(["a", "b", "c"], "c", "down")).toBeNull();
    expect(moveInList(["a", "b", "c"], "x", "down")).toBeNull();
  });

  it("renumbers in steps of ten, writing only what changed", () => {
    const current = [
      { id: "a", sortOrder: 10 },
      { id: "b", sortOrder: 20 },
      { id: "c", sortOrder: 30 },
    ];
    expect(sortOrderChanges(current, ["a", "c", "b"])).toEqual([
      { id: "c", sortOrder: 20 },
      { id: "b", sortOrder: 30 },
    ]);
    expect(
      sortOrderChanges(
        [
          { id: "x", sortOrder: 0 },
          { id: "y", sortOrder: 0 },
        ],
        ["y", "x"],
      ),
    ).toEqual([
      { id: "y", sortOrder: 10 },
      { id: "x", sortOrder: 20 },
    ]);
  });
});
