import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Doc, FatalDocError, type StageContext } from "../doc.js";
import { clean, isHeading } from "./clean.js";

const ctx = {} as StageContext;

function cleaned(text: string): Doc {
  const doc = new Doc({ text, meta: { source: "test", key: "test", format: "text" } });
  clean(doc, ctx);
  return doc;
}

function paragraphsOf(doc: Doc): string[] {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

describe("clean", () => {
  it("should apply Unicode NFC and keep curly quotes, dashes and accents", () => {
    const doc = cleaned(
      "The junta\u2019s leader, Assimi Go\u0069\u0308ta \u2013 \u201cwe stay\u201d \u2013 spoke in Se\u0301gou.",
    );
    assert.equal(doc.text, "The junta’s leader, Assimi Goïta – “we stay” – spoke in Ségou.");
  });

  it("should turn tabs, non-breaking spaces and runs of spaces into single spaces", () => {
    const doc = cleaned("  The\tsummit\u00a0opened   in\u202fAccra.  \r\nIt closed\u200b on Sunday.\r\n");
    assert.deepEqual(paragraphsOf(doc), ["The summit opened in Accra.", "It closed on Sunday."]);
  });

  it("should split paragraphs on blank lines and join them with one blank line", () => {
    const doc = cleaned("First paragraph here.\n\n\n\nSecond paragraph here.\n \nThird one.");
    assert.equal(doc.text, "First paragraph here.\n\nSecond paragraph here.\n\nThird one.");
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.index, p.start, p.end]),
      [
        [0, 0, 21],
        [1, 23, 45],
        [2, 47, 57],
      ],
    );
  });

  it("should treat each line of a scraped page as its own paragraph", () => {
    const doc = cleaned(
      "The mission ended in 2023.\nTroops left the northern bases.\nThe last convoy reached Bamako.",
    );
    assert.equal(doc.paragraphs.length, 3);
  });

  it("should join a line that visibly runs on into the next", () => {
    const doc = cleaned(
      "The sanctions imposed in January\nwere lifted in July.\nTrade resumed,\nSlowly at first.",
    );
    assert.deepEqual(paragraphsOf(doc), [
      "The sanctions imposed in January were lifted in July.",
      "Trade resumed, Slowly at first.",
    ]);
  });

  it("should join hard-wrapped lines into paragraphs and keep short final lines as ends", () => {
    const text = [
      "The regional bloc imposed sweeping economic sanctions on the country in",
      "January, closing borders and freezing state assets held in the central",
      "bank, after the transitional authorities proposed to stay in power for",
      "five more years.",
      "Six months later the bloc lifted the measures once a new timetable for",
      "elections had been agreed with the mediators sent to the capital.",
    ].join("\n");
    const doc = cleaned(text);
    assert.equal(doc.paragraphs.length, 2);
    assert.ok(paragraphsOf(doc)[0].endsWith("in power for five more years."));
    assert.ok(paragraphsOf(doc)[1].startsWith("Six months later"));
  });

  it("should keep a word broken after its hyphen whole when joining lines", () => {
    const doc = cleaned("The Russo-\nMalian talks,\nwell-\nknown by now, went on.");
    assert.deepEqual(paragraphsOf(doc), ["The Russo-Malian talks, well-known by now, went on."]);
  });

  it("should make each bullet line its own paragraph", () => {
    const doc = cleaned("Three causes stand out:\n• loss of trust\n• slow redeployment\n- unpaid salaries");
    assert.deepEqual(paragraphsOf(doc), [
      "Three causes stand out:",
      "• loss of trust",
      "• slow redeployment",
      "- unpaid salaries",
    ]);
  });

  it("should mark headings: short, capitalised, without final punctuation", () => {
    const doc = cleaned(
      "The Soviet Era (1960-1991)\n\nRelations began early. They grew.\n\nWAR AND PEACE IN THE SAHEL\n\n• A list item",
    );
    assert.deepEqual(
      doc.paragraphs.map((p) => p.heading),
      [true, false, true, false],
    );
  });

  it("should tell headings from sentences, questions and intros", () => {
    assert.equal(isHeading("Post-Soviet Thaw (1991-2000)"), true);
    assert.equal(isHeading("Ukraine, a terrorist state?"), false);
    assert.equal(isHeading("The reasons are these:"), false);
    assert.equal(isHeading("lower case start of a line"), false);
    assert.equal(isHeading("1991"), false);
  });

  it("should drop page furniture and record each drop as an info message", () => {
    const doc = cleaned(
      [
        "Home > World > Africa",
        "Junta and bloc agree on a timetable",
        "Photo: Delegates in Accra / AFP",
        "The regional bloc and the junta agreed on a two-year transition on Sunday.",
        "Share this article",
        "Subscribe to our newsletter",
        "We use cookies to give you the best experience. Accept cookies to continue.",
        "Leave A Comment",
      ].join("\n\n"),
    );
    assert.deepEqual(paragraphsOf(doc), [
      "Junta and bloc agree on a timetable",
      "The regional bloc and the junta agreed on a two-year transition on Sunday.",
    ]);
    const dropped = doc.messages.filter((m) => m.rule === "furniture");
    assert.equal(dropped.length, 6);
    assert.ok(
      dropped.every((m) => m.severity === "info" && m.stage === "clean" && m.reason.startsWith("dropped: ")),
    );
    assert.match(dropped[0].reason, /Home > World > Africa.*breadcrumb/);
  });

  it("should fail the document when nothing but furniture is left", () => {
    assert.throws(
      () => cleaned("Share:\n\nAdvertisement\n\n"),
      (error: unknown) => error instanceof FatalDocError && error.code === "ENTENTE_INPUT_EMPTY",
    );
  });

  it("should be idempotent", () => {
    const once = cleaned("A title\n\nThe first  sentence.\nThe second,\nand more.\n\nShare:");
    const twice = cleaned(once.text);
    assert.equal(twice.text, once.text);
    assert.deepEqual(twice.paragraphs, once.paragraphs);
  });
});
