import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stripInline, stripMarkdown } from "./markdown.js";
import { normalizeDate } from "./meta.js";

describe("stripMarkdown", () => {
  it("should keep the words of inline markup and drop the syntax", () => {
    assert.equal(
      stripInline(
        "A **bold** and *light* move, see [the text](https://x.example) and `code`, ~~not~~ ![img](a.png)here.",
      ),
      "A bold and light move, see the text and code, not here.",
    );
    assert.equal(stripInline("snake_case_name and 5 * 3 * 2 stay"), "snake_case_name and 5 * 3 * 2 stay");
  });

  it("should make headings, list items and blocks paragraphs, and join wrapped lines", () => {
    const { text, heading } = stripMarkdown(
      [
        "Main title",
        "==========",
        "",
        "A paragraph that is",
        "wrapped over two lines.",
        "",
        "> A quoted remark.",
        "",
        "1. First step",
        "2. Second step",
        "",
        "```",
        "raw block",
        "```",
        "",
        "| Country | Year |",
        "|---------|------|",
        "| Mali | 2020 |",
        "",
        "---",
        "[ref]: https://x.example",
      ].join("\n"),
    );
    assert.equal(heading, "Main title");
    assert.equal(
      text,
      "Main title\n\nA paragraph that is wrapped over two lines.\n\nA quoted remark.\n\nFirst step\n\nSecond step\n\nraw block\n\n| Country | Year |\n\n| Mali | 2020 |",
    );
  });
});

describe("normalizeDate", () => {
  it("should keep ISO dates and read written ones", () => {
    assert.equal(normalizeDate("2022-07"), "2022-07");
    assert.equal(normalizeDate("2022-07-04 09:30:00"), "2022-07-04T09:30:00");
    assert.equal(normalizeDate("July 4, 2022"), "2022-07-04");
    assert.equal(normalizeDate("4 Sept. 2022"), "2022-09-04");
    assert.equal(normalizeDate("Mon, 04 Jul 2022 09:30:00 GMT"), "2022-07-04");
    assert.equal(normalizeDate("approximately"), null);
  });
});
