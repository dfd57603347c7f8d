import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { furnitureKind } from "./furniture.js";

/** Page furniture of the kinds found around web articles, in our own wording. */
const FURNITURE: Array<[string, string]> = [
  ["Share:", "interface links"],
  ["Share this article", "share prompt"],
  ["Facebook | Twitter | LinkedIn | Email", "interface links"],
  ["Follow us on Telegram", "interface links"],
  ["Share on", "share prompt"],
  ["Subscribe to our newsletter", "interface links"],
  ["Sign up for our weekly briefing on the Sahel and get it in your inbox.", "newsletter prompt"],
  ["Our newsletter about West African politics, every Friday.", "newsletter prompt"],
  ["No, thanks", "dialog button"],
  ["Leave A Comment", "comments"],
  ["12 Comments", "comments"],
  ["Photo: Malian soldiers on patrol near Gao", "photo credit"],
  ["Soldiers at a checkpoint outside the capital. Image: Stockphotos", "photo credit"],
  ["Convoy near the border / AFP", "photo credit"],
  ["Shutterstock.com", "photo credit"],
  ["© 2024 Sahel Daily. All rights reserved.", "copyright"],
  ["You are welcome to republish this article under the same licence.", "copyright"],
  ["Creative Commons License", "copyright"],
  [
    "We use cookies to improve your experience. By continuing to browse you accept our policy.",
    "cookie notice",
  ],
  ["Read more: Junta extends the transition", "related links"],
  ["Related", "related links"],
  ["You may also like", "related links"],
  ["Advertisement", "advertisement"],
  ["Home > World > Africa > Mali", "breadcrumb"],
  ["Tags: Mali, Russia, ECOWAS", "taxonomy labels"],
  ["Regions: West Africa", "taxonomy labels"],
  ["Sahel MonitorSahel MonitorSahel Monitor", "repeated text"],
  ["Do you have a view on the article you just read? Send us your feedback.", "call to action"],
  ["5 min read", "reading time"],
  ["By Awa Sanogo and Paul Mercier", "byline"],
  ["By Idrissa Maïga | Niger Courier", "byline"],
  ["Published 18 March 2023", "publication line"],
  ["Updated: 4 July 2022 09:30 GMT", "publication line"],
  ["Springfield, VA 22150", "postal address"],
  ["•••", "decoration"],
  ["14", "decoration"],
];

/** Article text that looks a little like furniture and must stay. */
const ARTICLE: string[] = [
  "Share prices fell sharply in Bamako after the announcement.",
  "Subscribers to the state broadcaster doubled during the crisis.",
  "The minister wrote a letter to the editor of a French daily.",
  "Follow-up talks are planned for May.",
  "Follow up",
  "Photographs of the base were released by the army on Monday.",
  "Related talks took place in Niamey the following week.",
  "Recommended measures include a new election calendar.",
  "The Soviet Era (1960-1991)",
  "2012",
  "Russia, Wagner and Mali",
  "Back to Square One",
  "Mali: avoiding the trap of isolation",
  "The agency quoted a source close to the presidency, according to Reuters.",
  "The junta said it would not republish the decree until the court ruled.",
  "Home is where the troops are not.",
  "Latest figures show a drop in attacks.",
  "Sign of the times",
  "| Publisher | Stance | Kind |",
  "By Friday the delegation had left.",
  "By then, the talks had failed.",
  "Published reports describe the clashes in detail.",
  "The bank extended a line of credit: $200 million.",
];

describe("furnitureKind", () => {
  for (const [text, kind] of FURNITURE) {
    it(`should drop "${text}" as ${kind}`, () => {
      assert.equal(furnitureKind(text), kind);
    });
  }
  for (const text of ARTICLE) {
    it(`should keep "${text}"`, () => {
      assert.equal(furnitureKind(text), null);
    });
  }
  it("should never drop a long paragraph, whatever its words", () => {
    const long = `Subscribe to our newsletter. ${"The delegation met the ministers and discussed the sanctions. ".repeat(12)}`;
    assert.equal(furnitureKind(long.trim()), null);
  });
});
