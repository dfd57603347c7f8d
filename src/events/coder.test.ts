import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodedEvent } from "../doc.js";
import { type Actor, codeSentences } from "./coder-fixture.js";

const MALI: Actor = { text: "Mali", code: "MLI" };
const BAMAKO: Actor = { text: "Bamako", code: "MLI", type: "organization" };
const FRANCE: Actor = { text: "France", code: "FRA" };
const RUSSIA: Actor = { text: "Russia", code: "RUS" };
const ECOWAS: Actor = { text: "ECOWAS", code: "IGO", type: "organization" };
const CHAD: Actor = { text: "Chad", code: "TCD" };
const RUSSIAN: Actor = { text: "Russian", code: "RUS" };
const MALIAN_CIVILIANS: Actor = { text: "Malian civilians", code: "MLI", sector: "CVL" };
const MERCENARIES: Actor = { text: "mercenaries", code: "RUS", sector: "PRM" };
const ACTORS = [MALI, BAMAKO, FRANCE, RUSSIA, ECOWAS, CHAD, RUSSIAN, MALIAN_CIVILIANS, MERCENARIES];

interface Case {
  rule: string;
  text: string;
  event: string;
  actor?: string[];
  recipient?: string[];
  factuality?: CodedEvent["factuality"];
  /** Number of events the text yields, when it matters. */
  count?: number;
  attribution?: string | null;
}

const codes = (list: CodedEvent["actor"]) => list.map((p) => p.code ?? "?");

const CASES: Case[] = [
  {
    rule: "subject before an active trigger, object after it",
    text: "Mali expelled France from the region.",
    event: "SANCTION",
    actor: ["MLI"],
    recipient: ["FRA"],
  },
  {
    rule: "by-agent of a passive is the actor, its subject the recipient",
    text: "Sanctions were imposed on Mali by ECOWAS.",
    event: "SANCTION",
    actor: ["IGO"],
    recipient: ["MLI"],
  },
  {
    rule: "to-complement is the recipient",
    text: "Russia supplied attack helicopters to Mali.",
    event: "AID",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "against-complement is the recipient",
    text: "ECOWAS imposed economic sanctions against Mali.",
    event: "SANCTION",
    actor: ["IGO"],
    recipient: ["MLI"],
  },
  {
    rule: "possessor of a nominalisation is the actor",
    text: "Bamako's decision to break with France surprised observers.",
    event: "SANCTION",
    actor: ["MLI"],
    recipient: ["FRA"],
  },
  {
    rule: "a demonym modifying a nominal trigger is the actor",
    text: "The Russian invasion of Chad shocked observers.",
    event: "ASSAULT",
    actor: ["RUS"],
    recipient: ["TCD"],
  },
  {
    rule: "compound subjects are listed together with no recipient",
    text: "Mali and Russia signed a defence agreement.",
    event: "SUPPORT",
    actor: ["MLI", "RUS"],
    recipient: [],
  },
  {
    rule: "with-partners of a reciprocal trigger join the actors",
    text: "Mali met with Russia in Sochi.",
    event: "CONSULT",
    actor: ["MLI", "RUS"],
    recipient: [],
  },
  {
    rule: "a relative pronoun takes its antecedent as subject",
    text: "ECOWAS, which imposed sanctions on Mali, met in Accra.",
    event: "SANCTION",
    actor: ["IGO"],
    recipient: ["MLI"],
  },
  {
    rule: "an apposition does not hide the subject",
    text: "Russia, a permanent member of the Security Council, supplied arms to Mali.",
    event: "AID",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "it resolves to the nearest compatible actor of the previous sentence",
    text: "Mali broke with France. It then condemned Chad.",
    event: "ACCUSE",
    actor: ["MLI"],
    recipient: ["TCD"],
  },
  {
    rule: "its as possessor resolves within the sentence",
    text: "France said Chad welcomed its withdrawal from Mali.",
    event: "RETREAT",
    actor: ["TCD"],
    recipient: ["MLI"],
  },
  {
    rule: "a mention inside a locative phrase is not the subject",
    text: "In Mali, Russia deployed troops.",
    event: "MOBILIZE",
    actor: ["RUS"],
  },
  {
    rule: "falling into an ambush makes the subject the recipient",
    text: "A convoy from Mali fell into an ambush by Chad.",
    event: "ASSAULT",
    actor: ["TCD"],
    recipient: ["MLI"],
  },
  {
    rule: "a sentence can yield several events",
    text: "Russia condemned the sanctions and France expelled Chad.",
    event: "ACCUSE",
    count: 2,
  },
  {
    rule: "the content of a request is not a separate event",
    text: "France urged Mali to hold talks with Chad.",
    event: "REQUEST",
    actor: ["FRA"],
    recipient: ["MLI"],
    count: 1,
  },
  {
    rule: "the content of a refusal is not a separate event",
    text: "Mali refused to sign the agreement with France.",
    event: "REJECT",
    actor: ["MLI"],
    count: 1,
  },
  {
    rule: "the content of a threat is not a separate event",
    text: "ECOWAS threatened to impose sanctions on Mali.",
    event: "THREATEN",
    actor: ["IGO"],
    recipient: ["MLI"],
    count: 1,
  },
  {
    rule: "a reported must is a demand by the speaker",
    text: "France said Mali must release the prisoners.",
    event: "REQUEST",
    actor: ["FRA"],
    recipient: ["MLI"],
  },
  {
    rule: "not in the verb group negates",
    text: "Mali did not expel the French ambassador.",
    event: "SANCTION",
    factuality: "negated",
  },
  {
    rule: "never negates",
    text: "Russia has never supplied weapons to Mali.",
    event: "AID",
    factuality: "negated",
  },
  {
    rule: "without negates a nominal",
    text: "Mali fought on without French military support.",
    event: "AID",
    factuality: "negated",
  },
  {
    rule: "avoiding negates its complement",
    text: "Mali avoided condemning Russia.",
    event: "ACCUSE",
    factuality: "negated",
  },
  {
    rule: "will marks a conflict action as future",
    text: "Mali will expel the French ambassador.",
    event: "SANCTION",
    factuality: "future",
  },
  {
    rule: "future cooperation is coded AGREE",
    text: "Russia will provide helicopters to Mali.",
    event: "AGREE",
    actor: ["RUS"],
    factuality: "asserted",
  },
  {
    rule: "a future retreat is coded CONCEDE",
    text: "France will withdraw its troops from Mali.",
    event: "CONCEDE",
    actor: ["FRA"],
    factuality: "asserted",
  },
  {
    rule: "could marks a hypothesis",
    text: "Russia could deploy troops against Chad.",
    event: "MOBILIZE",
    factuality: "hypothetical",
  },
  {
    rule: "an if-clause is hypothetical",
    text: "If Mali expels the ambassador, France will protest.",
    event: "SANCTION",
    factuality: "hypothetical",
  },
  {
    rule: "a modal reaches verbs coordinated after a comma",
    text: "Bamako might distance itself from Russia, revisit or cancel its contract with Russia.",
    event: "SANCTION",
    factuality: "hypothetical",
    count: 2,
  },
  {
    rule: "a gerund subject takes the modal that follows it",
    text: "France leaving Mali would have been a mistake.",
    event: "RETREAT",
    factuality: "hypothetical",
  },
  {
    rule: "doubtful that frames its clause as a hypothesis",
    text: "It is doubtful that sanctions against Mali would help.",
    event: "SANCTION",
    factuality: "hypothetical",
  },
  {
    rule: "should and must by the author are recommendations",
    text: "Bamako should lift its restrictions on the mission.",
    event: "RETREAT",
    factuality: "recommended",
  },
  {
    rule: "troops deployed into another country assist it",
    text: "Russia deployed troops to Mali.",
    event: "AID",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "a month name in a date is no protest march",
    text: "Mali abstained on the March 2 resolution.",
    event: "REJECT",
    count: 1,
  },
  {
    rule: "agreeing that something is so is an opinion, not an AGREE",
    text: "Mali agrees that France expelled Chad.",
    event: "SANCTION",
    count: 1,
  },
  {
    rule: "pushing against limits is no request",
    text: "Mali pushed against the limits and expelled France.",
    event: "SANCTION",
    count: 1,
  },
  {
    rule: "an event owned by a named party is known, whatever the modal around it",
    text: "Mali should use the space opened by Russia's withdrawal from Chad.",
    event: "RETREAT",
    factuality: "asserted",
  },
  {
    rule: "a modal after a definite nominal subject is about its effects, not its occurrence",
    text: "The deployment of mercenaries in Mali may bring stability.",
    event: "AID",
    factuality: "asserted",
  },
  {
    rule: "a partnership that grows is news",
    text: "The partnership between Mali and Russia has intensified.",
    event: "COOPERATE",
    count: 1,
  },
  {
    rule: "protested as a trailing reporting tag is verbal disapproval",
    text: "France is failing to protect civilians, Mali protested on Monday.",
    event: "ACCUSE",
    actor: ["MLI"],
  },
  {
    rule: "protested outside a place is a demonstration",
    text: "Malian civilians protested outside the French embassy.",
    event: "PROTEST",
  },
  {
    rule: "training no one named builds the actor's own forces",
    text: "Russia trained hundreds of hackers.",
    event: "MOBILIZE",
    actor: ["RUS"],
  },
  {
    rule: "training a named party is aid",
    text: "Russia trained Malian civilians.",
    event: "AID",
  },
  {
    rule: "ordering someone to stop is coercion",
    text: "Mali ordered France to suspend its broadcasts.",
    event: "COERCE",
    actor: ["MLI"],
    recipient: ["FRA"],
    count: 1,
  },
  {
    rule: "launching war games is an exercise, not a war",
    text: "Mali and Chad launched ten days of war games.",
    event: "COOPERATE",
    count: 1,
  },
  {
    rule: "sending inspectors is an investigation",
    text: "ECOWAS dispatched inspectors to Mali.",
    event: "ACCUSE",
    recipient: ["MLI"],
  },
  {
    rule: "a capitalised word continuing a name is no trigger",
    text: "A scholar of the Centre for African Dialogue said Mali expelled France.",
    event: "SANCTION",
    count: 1,
  },
  {
    rule: "solidarity with a named party is support",
    text: "Chad cut its ties with France in solidarity with Mali.",
    event: "SUPPORT",
    actor: ["TCD"],
    recipient: ["MLI"],
  },
  {
    rule: "a recommendation outranks a hedge in what it recommends",
    text: "Mali should explore the possibility of talks with Chad.",
    event: "CONSULT",
    factuality: "recommended",
  },
  {
    rule: "need to is a recommendation",
    text: "Mali needs to restore relations with France.",
    event: "SUPPORT",
    factuality: "recommended",
  },
  {
    rule: "according to gives the attribution",
    text: "According to Le Monde, Russia delivered helicopters to Mali.",
    event: "AID",
    attribution: "Le Monde",
  },
  {
    rule: "a trailing reporting tag gives the attribution",
    text: "Russia delivered helicopters to Mali, the ministry said.",
    event: "AID",
    attribution: "the ministry",
  },
  {
    rule: "a denial is a REJECT by the denier",
    text: "Mali denied that Russia attacked civilians.",
    event: "REJECT",
    actor: ["MLI"],
  },
  {
    rule: "refusing to agree is a REJECT",
    text: "Chad will not accept the proposal.",
    event: "REJECT",
    actor: ["TCD"],
  },
  {
    rule: "a threat concerns the participant of its infinitive",
    text: "Russia threatened to cut gas deliveries to Chad.",
    event: "THREATEN",
    actor: ["RUS"],
    recipient: ["TCD"],
  },
  {
    rule: "a refusal concerns the place of its infinitive",
    text: "France refused to withdraw its soldiers from Mali.",
    event: "REJECT",
    actor: ["FRA"],
    recipient: ["MLI"],
  },
  {
    rule: "the subject is the mention before an apposition, not one inside it",
    text: "Mali, a close partner of Russia, rejected the proposal.",
    event: "REJECT",
    actor: ["MLI"],
  },
  {
    rule: "a group placed in a country stands for it",
    text: "Protesters in Chad condemned the arrests.",
    event: "ACCUSE",
    actor: ["TCD"],
  },
  {
    rule: "a group with its own modifier is not the country it is in",
    text: "Russian instructors in Mali attacked a village.",
    event: "ASSAULT",
    actor: ["RUS"],
  },
  {
    rule: "a stance participle is not a passive",
    text: "Mali is opposed to French mediation.",
    event: "REJECT",
    actor: ["MLI"],
  },
  {
    rule: "preparing to attack is a MOBILIZE, not yet an ASSAULT",
    text: "Russia prepared to launch an offensive against Chad.",
    event: "MOBILIZE",
    actor: ["RUS"],
    recipient: ["TCD"],
    count: 1,
  },
  {
    rule: "troops on alert are a MOBILIZE",
    text: "Chad remained on alert near the border.",
    event: "MOBILIZE",
    actor: ["TCD"],
  },
  {
    rule: "sharing goes one way: the with-partner is the recipient",
    text: "France shared intelligence with Chad.",
    event: "COOPERATE",
    actor: ["FRA"],
    recipient: ["TCD"],
  },
  {
    rule: "a passive clause's subject is not the actor of a nominal event in it",
    text: "Malian civilians were killed in a bombing near the border.",
    event: "ASSAULT",
    actor: [],
  },
  {
    rule: "adjuncts may stand between a speech act and its infinitive",
    text: "Russia threatened on Monday to cut gas deliveries to Chad.",
    event: "THREATEN",
    recipient: ["TCD"],
  },
  {
    rule: "the actor's own forces are not the recipient of its complement",
    text: "Russia refused to withdraw its mercenaries from Mali.",
    event: "REJECT",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "a rejection concerns the author of what is rejected",
    text: "Mali rejected the latest proposal from France.",
    event: "REJECT",
    actor: ["MLI"],
    recipient: ["FRA"],
  },
  {
    rule: "a gerund after with takes the mention before it as subject",
    text: "Trade is growing, with Russia supplying fertiliser to Chad.",
    event: "AID",
    actor: ["RUS"],
  },
  {
    rule: "a gerund after a preposition shares the subject of the verb before it",
    text: "Mali played a central role in establishing ties with Chad.",
    event: "SUPPORT",
    actor: ["MLI"],
    recipient: ["TCD"],
  },
  {
    rule: "a fronted by-gerund takes the subject after its comma",
    text: "By supporting the rebels, France weakened Mali.",
    event: "AID",
    actor: ["FRA"],
  },
  {
    rule: "a parenthesis between subject and verb is skipped",
    text: "ECOWAS (the regional bloc) condemned the coup in Mali.",
    event: "ACCUSE",
    actor: ["IGO"],
  },
  {
    rule: "the subject of faced undergoes the nominal event",
    text: "Mali faced harsh criticism from ECOWAS.",
    event: "ACCUSE",
    actor: ["IGO"],
    recipient: ["MLI"],
  },
  {
    rule: "a named example of a group complement is the recipient",
    text: "Mali expelled diplomats from several Western states, notably France.",
    event: "SANCTION",
    actor: ["MLI"],
    recipient: ["FRA"],
  },
  {
    rule: "a demand concerns the subject of its that-clause",
    text: "ECOWAS demanded that the Chad government release the prisoners.",
    event: "REQUEST",
    actor: ["IGO"],
    recipient: ["TCD"],
  },
];

for (const c of CASES) {
  test(`should apply the rule: ${c.rule}`, () => {
    const doc = codeSentences(c.text, ACTORS);
    const event = doc.events.find((e) => e.event[0] === c.event);
    const summary = doc.events
      .map((e) => `${e.event[0]}(${codes(e.actor)}->${codes(e.recipient)},${e.factuality})`)
      .join(" ");
    assert.ok(event, `no ${c.event} in: ${summary || "(no events)"}`);
    if (c.actor) assert.deepEqual(codes(event.actor), c.actor, summary);
    if (c.recipient) assert.deepEqual(codes(event.recipient), c.recipient, summary);
    if (c.factuality) assert.equal(event.factuality, c.factuality, summary);
    if (c.count !== undefined) assert.equal(doc.events.length, c.count, summary);
    if (c.attribution !== undefined) assert.equal(event.attribution, c.attribution, summary);
  });
}

test("should give each coordinated verb under a modal its own hypothetical event", () => {
  const doc = codeSentences(
    "Bamako might distance itself from Russia, revisit or cancel its contract with Russia.",
    ACTORS,
  );
  assert.deepEqual(
    doc.events.map((e) => `${e.trigger.text}:${e.factuality}`),
    ["distance:hypothetical", "cancel:hypothetical"],
  );
});

test("should mark the denied event negated and attributed to the denier", () => {
  const doc = codeSentences("Mali denied that Russia attacked civilians.", ACTORS);
  const assault = doc.events.find((e) => e.event[0] === "ASSAULT");
  assert.ok(assault);
  assert.equal(assault.factuality, "negated");
  assert.equal(assault.attribution, "Mali");
});

test("should number events in text order with the document key", () => {
  const doc = codeSentences("Mali expelled France. Russia supplied arms to Mali.", ACTORS);
  assert.deepEqual(
    doc.events.map((e) => e.id),
    ["t-e1", "t-e2"],
  );
});

test("should keep evidence offsets that slice back to the trigger and actor text", () => {
  const doc = codeSentences("ECOWAS imposed economic sanctions against Mali.", ACTORS);
  const [event] = doc.events;
  assert.equal(doc.slice(event.trigger), event.trigger.text);
  assert.equal(event.trigger.text, "imposed");
  const span = event.actor[0].span;
  assert.ok(span);
  assert.equal(doc.slice(span), "ECOWAS");
});

test("should score the event from the ontology", () => {
  const doc = codeSentences("Mali expelled France from the region.", ACTORS);
  const [event] = doc.events;
  assert.equal(event.quadCode, 4);
  assert.equal(event.intensity, -5.5);
  assert.deepEqual(event.mode, ["expel"]);
});

test("should code no event from a line in capitals", () => {
  const doc = codeSentences("RUSSIA SUPPLIED ARMS TO MALI!", [
    { text: "RUSSIA", code: "RUS" },
    { text: "MALI", code: "MLI" },
  ]);
  assert.deepEqual(doc.events, []);
});

test("should code no event from a title line", () => {
  const doc = codeSentences("Russia supplied arms to Mali", ACTORS, { heading: true });
  assert.deepEqual(doc.events, []);
});

test("should rank a verb in a temporal clause below the main clause's event", () => {
  const doc = codeSentences("Mali expelled France after Russia attacked Chad.", ACTORS);
  const main = doc.events.find((e) => e.event[0] === "SANCTION");
  const background = doc.events.find((e) => e.event[0] === "ASSAULT");
  assert.ok(main && background, doc.events.map((e) => e.event[0]).join(" "));
  assert.ok(main.confidence > background.confidence);
});

test("should code no event from a nominal that is the topic of an assessment", () => {
  for (const text of [
    "Russian support proves crucial for the junta.",
    "Cooperation with Russia has contributed to the army's morale.",
    "The Russian invasion is unlikely to change the balance.",
  ]) {
    const doc = codeSentences(text, ACTORS);
    assert.deepEqual(
      doc.events.map((e) => e.trigger.text),
      [],
      text,
    );
  }
});

test("should keep a nominal subject that happened or names both sides", () => {
  for (const text of [
    "The Russian attack occurred near the border.",
    "Russian arms deliveries to Mali include drones.",
  ]) {
    const doc = codeSentences(text, ACTORS);
    assert.equal(doc.events.length, 1, text);
  }
});

test("should give an infinitive of purpose the subject of the verb before its object", () => {
  const doc = codeSentences("France telephoned Chad on Monday to condemn the coup.", ACTORS);
  const condemn = doc.events.find((e) => e.trigger.text === "condemn");
  assert.ok(condemn, doc.events.map((e) => e.trigger.text).join(" "));
  assert.deepEqual(codes(condemn.actor), ["FRA"]);
});

test("should code one event when a verb elaborates an earlier one of its category", () => {
  for (const [text, trigger] of [
    ["France telephoned Chad on Monday to discuss the crisis.", "telephoned"],
    ["The Russian minister visited Mali, where he met the president to discuss trade.", "visited"],
    ["Russia sent instructors to Mali to train the army.", "sent"],
  ]) {
    const doc = codeSentences(text, ACTORS);
    const first = doc.events[0]?.event[0];
    const same = doc.events.filter((e) => e.event[0] === first);
    assert.deepEqual(
      same.map((e) => e.trigger.text),
      [trigger],
      text,
    );
  }
});

test("should code an offer or a noun of support only between two sides", () => {
  for (const text of [
    "The new strategy could offer better prospects.",
    "Nobody knows whether Russian support will change much.",
  ]) {
    const doc = codeSentences(text, ACTORS);
    assert.deepEqual(
      doc.events.map((e) => e.trigger.text),
      [],
      text,
    );
  }
  const offer = codeSentences("Russia offered Mali a loan.", ACTORS).events[0];
  assert.equal(offer?.event[0], "AGREE");
});

test("should code no act whose subject is an abstract noun", () => {
  for (const text of [
    "The new policy of Mali has encouraged Chad to act.",
    "This approach supports the efforts of Chad.",
    "These interventions have not provided security to Mali.",
  ]) {
    const doc = codeSentences(text, ACTORS);
    assert.deepEqual(
      doc.events.map((e) => e.trigger.text),
      [],
      text,
    );
  }
});

test("should keep acts whose subject is an actor's own decision, an owned abstraction or a passive", () => {
  for (const text of [
    "This decision ends the participation of Mali in the force.",
    "Russia's development of ties with Chad raised concerns in France.",
    "The proposal was rejected by Mali.",
    "The explosion killed Malian civilians.",
  ]) {
    const doc = codeSentences(text, ACTORS);
    assert.ok(doc.events.length > 0, text);
  }
});

test("should code no low-ranked nominal that names no one, even alone in its sentence", () => {
  const doc = codeSentences("Observers expect a long season of collaboration in the region.", ACTORS);
  assert.deepEqual(
    doc.events.map((e) => e.trigger.text),
    [],
  );
});

test("should match British spellings of trigger words", () => {
  const doc = codeSentences(
    "Mali and Chad resumed their dialogue. Malian civilians organised a rally against France.",
    ACTORS,
  );
  assert.deepEqual(
    doc.events.map((e) => `${e.event[0]}:${e.trigger.text}`),
    ["CONSULT:dialogue", "PROTEST:organised"],
  );
});

test("should read a nominalisation the tagger calls an adjective as a noun", () => {
  const doc = codeSentences(
    "Relations between Russia and Mali have seen a spectacular revitalization.",
    ACTORS,
  );
  assert.deepEqual(
    doc.events.map((e) => `${e.event[0]}:${e.trigger.text}`),
    ["SUPPORT:revitalization"],
  );
});
