/**
 * Category senses of everyday verbs (send, pledge, hold, sign, release, offer), decided by
 * what they take: our own sentences, one class per test.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodedEvent } from "../doc.js";
import { type Actor, codeSentences } from "./coder-fixture.js";

const ACTORS: Actor[] = [
  { text: "Norway", code: "NOR" },
  { text: "Pakistan", code: "PAK" },
  { text: "Ireland", code: "IRL" },
  { text: "Malawi", code: "MWI" },
  { text: "Peru", code: "PER" },
  { text: "Bolivia", code: "BOL" },
  { text: "Ghana", code: "GHA" },
  { text: "Togo", code: "TGO" },
  { text: "Qatar", code: "QAT" },
  { text: "Kenya", code: "KEN" },
  { text: "Somalia", code: "SOM" },
];

const codes = (list: CodedEvent["actor"]) => list.map((p) => p.code ?? "?");

function coded(text: string): string[] {
  return codeSentences(text, ACTORS).events.map(
    (e) => `${e.event[0]}(${codes(e.actor)}->${codes(e.recipient)},${e.factuality})`,
  );
}

test("should code relief goods and civilian personnel sent to someone as AID", () => {
  assert.deepEqual(coded("Norway sent two field hospitals to Pakistan."), ["AID(NOR->PAK,asserted)"]);
  assert.deepEqual(coded("Ireland airlifted tents and blankets to Malawi."), ["AID(IRL->MWI,asserted)"]);
  assert.deepEqual(coded("Peru dispatched 300 tonnes of rice to Bolivia."), ["AID(PER->BOL,asserted)"]);
});

test("should code no aid from a letter, an envoy or people sent home", () => {
  assert.ok(!coded("Norway sent a letter to Pakistan.").some((e) => e.startsWith("AID")));
  assert.ok(!coded("Peru sent the police officers back to Bolivia.").some((e) => e.startsWith("AID")));
});

test("should code aid announced for later as AGREE, as the manual re-codes future AID", () => {
  assert.deepEqual(coded("Norway will send 20 police instructors to Pakistan."), [
    "AGREE(NOR->PAK,asserted)",
  ]);
});

test("should code a pledge of a stated sum as AID, a broad promise of help as AGREE", () => {
  assert.deepEqual(coded("Ireland pledged 40 million euros in aid to Malawi."), ["AID(IRL->MWI,asserted)"]);
  assert.deepEqual(coded("Norway promised a $12 million loan to Pakistan."), ["AID(NOR->PAK,asserted)"]);
  assert.deepEqual(coded("Ireland promised to help Malawi."), ["AGREE(IRL->MWI,asserted)"]);
});

test("should code no aid pledge from a sum spent on one's own defence", () => {
  assert.ok(
    !coded("Norway pledged 900 million dollars for its defence budget.").some((e) => e.startsWith("AID")),
  );
});

test("should code assigning responsibility as an ACCUSE allegation", () => {
  assert.deepEqual(coded("Kenya held Somalia responsible for the border incident."), [
    "ACCUSE(KEN->SOM,asserted)",
  ]);
  assert.deepEqual(coded("Peru portrayed Bolivia as culpable for the spill."), ["ACCUSE(PER->BOL,asserted)"]);
  assert.deepEqual(coded("Kenya put the blame on Somalia for the shortages."), ["ACCUSE(KEN->SOM,asserted)"]);
});

test("should code no accusation from a duty one is responsible for", () => {
  assert.deepEqual(coded("Kenya is responsible for the security of the camp."), []);
});

test("should keep the manual's senses of signing, ties, releases and offers to mediate", () => {
  // PLOVER: SUPPORT covers signing an agreement and initiating or resuming diplomatic ties;
  // RETREAT the actual release of prisoners; an offer of a future consultation is AGREE.
  assert.deepEqual(coded("Ghana and Togo signed a deal to share a power grid."), [
    "SUPPORT(GHA,TGO->,asserted)",
  ]);
  assert.ok(coded("Peru restored diplomatic relations with Bolivia.")[0]?.startsWith("SUPPORT(PER->BOL"));
  assert.ok(coded("Kenya released twelve Somali prisoners.")[0]?.startsWith("RETREAT(KEN"));
});

test("should code naming someone's act a provocation, and lashing out at someone, as ACCUSE", () => {
  assert.deepEqual(coded("Peru described the drills by Bolivia near its border as a provocation."), [
    "ACCUSE(PER->BOL,asserted)",
  ]);
  assert.deepEqual(coded("Kenya lashed out at Somalia over the seized boats."), [
    "ACCUSE(KEN->SOM,asserted)",
  ]);
  assert.deepEqual(coded("Ghana took aim at Togo over the new tariffs."), ["ACCUSE(GHA->TGO,asserted)"]);
});

test("should keep a call for an end to interference a request, not an accusation", () => {
  assert.ok(
    !coded("Peru called for an end to foreign interference in Bolivia.").some((e) => e.startsWith("ACCUSE")),
  );
});

test("should code an announced or approved sum as AID only when the sum is aid for someone", () => {
  assert.deepEqual(coded("Ireland announced a 25 million euro relief package for Malawi."), [
    "AID(IRL->MWI,asserted)",
  ]);
  assert.ok(
    !coded("Kenya announced that 3 million people had crossed into Somalia.").some((e) =>
      e.startsWith("AID"),
    ),
  );
});

test("should code a promise of a conflict action as THREATEN with the action's mode", () => {
  assert.deepEqual(coded("Kenya pledged to expel the diplomats of Somalia."), [
    "THREATEN(KEN->SOM,asserted)",
  ]);
  const doc = codeSentences("Peru promised to impose tariffs and sanctions on Bolivia.", ACTORS);
  assert.deepEqual(
    doc.events.map((e) => `${e.event[0]}(${codes(e.actor)}->${codes(e.recipient)})`),
    ["THREATEN(PER->BOL)"],
  );
});

test("should keep a promise to cooperate or to concede an AGREE", () => {
  assert.ok(coded("Kenya promised to hold talks with Somalia.")[0]?.startsWith("AGREE(KEN"));
  assert.ok(coded("Kenya promised to withdraw its troops from Somalia.")[0]?.startsWith("AGREE(KEN"));
});

test("should code seeing someone as complicit, or a passive holding responsible, as ACCUSE", () => {
  assert.deepEqual(coded("Peru sees Bolivia as complicit in the smuggling."), ["ACCUSE(PER->BOL,asserted)"]);
  assert.ok(coded("Kenya was seen as responsible for the failed talks.")[0]?.startsWith("ACCUSE(->KEN"));
  assert.deepEqual(coded("Kenya regards itself as responsible for the camps."), []);
});

test("should give an offer naming no recipient the recipients of what it offers", () => {
  assert.deepEqual(coded("Qatar offered to mediate between Kenya and Somalia."), [
    "AGREE(QAT->KEN,SOM,asserted)",
  ]);
});

test("should read a hyphenated re- verb as its base verb", () => {
  assert.deepEqual(coded("Peru and Bolivia re-established diplomatic relations."), [
    "SUPPORT(PER,BOL->,asserted)",
  ]);
  assert.deepEqual(coded("Kenya re-imposed sanctions on Somalia."), ["SANCTION(KEN->SOM,asserted)"]);
});

test("should code troops sent to no one named as MOBILIZE, to a host country as AID", () => {
  assert.deepEqual(coded("Kenya sent 2,000 more troops on Friday."), ["MOBILIZE(KEN->,asserted)"]);
  assert.deepEqual(coded("Ghana sent 300 peacekeepers to Somalia."), ["AID(GHA->SOM,asserted)"]);
});
