import { type ArgumentCase, testArgumentCases } from "./argument-cases.js";
import type { Actor } from "./coder-fixture.js";

const MALI: Actor = { text: "Mali", code: "MLI" };
const CHAD: Actor = { text: "Chad", code: "TCD" };
const FRANCE: Actor = { text: "France", code: "FRA" };
const RUSSIA: Actor = { text: "Russia", code: "RUS" };
const ECOWAS: Actor = { text: "ECOWAS", code: "IGO", type: "organization" };
const RUSSIAN: Actor = { text: "Russian", code: "RUS" };
const MALIAN: Actor = { text: "Malian", code: "MLI" };
const BAMAKO: Actor = { text: "Bamako", code: "MLI", type: "organization" };
const MALIAN_CIVILIANS: Actor = {
  text: "Malian civilians",
  code: "MLI",
  sector: "CVL",
  type: "organization",
};
const MALIAN_PARLIAMENT: Actor = {
  text: "Malian parliament",
  code: "MLI",
  sector: "LEG",
  type: "organization",
};
const ITS_TROOPS: Actor = { text: "its troops", code: "MLI", sector: "MIL", type: "organization" };
const JUNTA: Actor = { text: "junta", code: "MLI", type: "organization" };
const REBELS: Actor = { text: "rebels", code: "MLI", sector: "REB", type: "armed_group" };
const IVORY_COAST: Actor = { text: "Ivory Coast", code: "CIV" };
const FIGHTERS: Actor = { text: "fighters", code: "", sector: "REB", type: "armed_group" };
const THEIR_UNITS: Actor = { text: "their units", code: "", sector: "MIL", type: "organization" };
const UN: Actor = { text: "the United Nations", code: "UNO", type: "organization" };
const ISRAELI: Actor = { text: "Israeli", code: "ISR" };
const ISRAEL: Actor = { text: "Israel", code: "ISR" };
const PALESTINIAN_PRISONERS: Actor = {
  text: "Palestinian prisoners",
  code: "PSE",
  sector: "CVL",
  type: "organization",
};
const TUAREGS: Actor = { text: "Tuaregs", code: "MLI", sector: "CVL", type: "organization" };
const NIGER: Actor = { text: "Niger", code: "NER" };
const MALIAN_POLICE: Actor = { text: "Malian police", code: "MLI", sector: "COP", type: "organization" };
const MALIAN_ARMED_GROUPS: Actor = {
  text: "Malian armed groups",
  code: "MLI",
  sector: "REB",
  type: "organization",
};
const MALIAN_SOLDIERS: Actor = { text: "Malian soldiers", code: "MLI", sector: "MIL", type: "organization" };
const NIGERIEN: Actor = { text: "Nigerien", code: "NER" };
const GOITA: Actor = { text: "Colonel Assimi Goita", code: "MLI", type: "person" };
const PUTIN: Actor = { text: "Russian President Vladimir Putin", code: "RUS", type: "person" };
const ACTORS = [
  MALI,
  CHAD,
  FRANCE,
  RUSSIA,
  ECOWAS,
  PUTIN,
  RUSSIAN,
  MALIAN_CIVILIANS,
  MALIAN_PARLIAMENT,
  MALIAN,
  BAMAKO,
  ITS_TROOPS,
  JUNTA,
  REBELS,
  IVORY_COAST,
  FIGHTERS,
  THEIR_UNITS,
  UN,
  ISRAELI,
  ISRAEL,
  PALESTINIAN_PRISONERS,
  TUAREGS,
  NIGER,
  MALIAN_POLICE,
  MALIAN_ARMED_GROUPS,
  MALIAN_SOLDIERS,
  NIGERIEN,
  GOITA,
];

const CASES: ArgumentCase[] = [
  {
    rule: "a hyphenated modifier does not end the complement",
    text: "France promised to continue its aid to war-torn Mali.",
    trigger: "promised",
    recipient: ["MLI"],
  },
  {
    rule: "a participle before its noun does not end the complement",
    text: "Mali is willing to withdraw its troops from neighbouring Chad.",
    trigger: "willing",
    recipient: ["TCD"],
  },
  {
    rule: "'at least' is no preposition",
    text: "The rebels killed at least twenty Malian civilians.",
    trigger: "killed",
    recipient: ["MLI"],
  },
  {
    rule: "the owner of an action noun in the object is the recipient",
    text: "France demanded the immediate release of Malian civilians.",
    trigger: "demanded",
    recipient: ["MLI"],
  },
  {
    rule: "the by-agent of an action noun in the object is the recipient",
    text: "ECOWAS demanded a formal commitment by Bamako.",
    trigger: "demanded",
    recipient: ["MLI"],
  },
  {
    rule: "a group noun's of-chain names the object",
    text: "ECOWAS urged members of the Transitional Council of Mali to hold elections.",
    trigger: "urged",
    recipient: ["MLI"],
  },
  {
    rule: "a partner of an event noun further on is not the trigger's",
    text: "Mali agreed to Russian mediation in the talks with Chad.",
    trigger: "agreed",
    actor: ["MLI"],
    recipient: ["RUS"],
  },
  {
    rule: "a stance participle's to-complement is its object",
    text: "Chad is opposed to Russian mediation in the talks with Mali.",
    trigger: "opposed",
    recipient: ["RUS"],
  },
  {
    rule: "the agent of what a protest opposes is its recipient",
    text: "Malian civilians staged demonstrations against the occupation by Russia.",
    trigger: "demonstrations",
    actor: ["MLI"],
    recipient: ["RUS"],
  },
  {
    rule: "a passive's own by-agent stays its actor",
    text: "Malian civilians were killed in an attack by rebels.",
    trigger: "killed",
    actor: ["MLI"],
    recipient: ["MLI"],
  },
  {
    rule: "a conjunct whose head is no mention is named by its modifier",
    text: "The Malian leader Assimi Goita and Russian President Vladimir Putin signed a treaty.",
    trigger: "signed",
    actor: ["MLI", "RUS"],
  },
  {
    rule: "a determiner may open the second conjunct",
    text: "France demanded that the junta and the rebels hold talks.",
    trigger: "demanded",
    recipient: ["MLI", "MLI"],
  },
  {
    rule: "a member of a body is named by the body",
    text: "A member of the Malian parliament, Moussa Diarra, started a hunger strike.",
    trigger: "strike",
    actor: ["MLI"],
  },
  {
    rule: "the one asked in 'pushing for X to' is the recipient",
    text: "France is pushing for Mali to hold elections.",
    trigger: "pushing",
    actor: ["FRA"],
    recipient: ["MLI"],
  },
  {
    rule: "an uncoded group takes the code of the country naming it",
    text: "Ivory Coast fighters rejected the peace plan.",
    trigger: "rejected",
    actor: ["CIV"],
  },
  {
    rule: "an uncoded group takes the code of its possessive's antecedent",
    text: "Chad said that their units attacked the rebels.",
    trigger: "attacked",
    actor: ["TCD"],
  },
  {
    rule: "forces owned by the subject take its code",
    text: "Russia has offered its troops to Mali.",
    trigger: "offered",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "a complaint to a forum is about the party of its grievance",
    text: "Chad complained to the United Nations over Russian air raids.",
    trigger: "complained",
    actor: ["TCD"],
    recipient: ["RUS"],
  },
  {
    rule: "a protest's purpose clause names its target",
    text: "Malian civilians blocked roads into the city on Sunday to press their demands on ECOWAS.",
    trigger: "blocked",
    recipient: ["IGO"],
  },
  {
    rule: "a hunger strike's purpose clause names its target",
    text: "Malian civilians began a hunger strike on Monday to protest against Russia's decision.",
    trigger: "strike",
    recipient: ["RUS"],
  },
  {
    rule: "the site of a riot is its target when nothing else is",
    text: "Palestinian prisoners rioted on Monday at a jail in northern Israel.",
    trigger: "rioted",
    actor: ["PSE"],
    recipient: ["ISR"],
  },
  {
    rule: "unnamed protesters are from where they protest, against whom they defy",
    text: "Thousands of people blocked streets in Bamako in defiance of ECOWAS.",
    trigger: "blocked",
    actor: ["MLI"],
    recipient: ["IGO"],
  },
  {
    rule: "a passive's by-agent after an interruption between commas",
    text: "The junta has been accused of abuses in the north, many of them unreported, by Chad.",
    trigger: "accused",
    actor: ["TCD"],
  },
  {
    rule: "a gerund after a reported 'that' takes the speaker as subject",
    text: "France said yesterday that removing the sanctions on Mali is out of the question.",
    trigger: "removing",
    actor: ["FRA"],
    recipient: ["MLI"],
  },
  {
    rule: "a people is coded by the country it lives in",
    text: "The Tuaregs of northern Niger demanded autonomy from the government.",
    trigger: "demanded",
    actor: ["NER"],
  },
  {
    rule: "an ethnic group is coded by the country where it protests",
    text: "Hundreds of ethnic Tuaregs demonstrated on Friday in Niger.",
    trigger: "demonstrated",
    actor: ["NER"],
    recipient: ["NER"],
  },
  {
    rule: "what a request demands from someone names whom it asks",
    text: "The Tuaregs of northern Niger demanded autonomy from ECOWAS.",
    trigger: "demanded",
    recipient: ["IGO"],
  },
  {
    rule: "whom a seizure deprives, a group of the actor's own country in another sector",
    text: "Malian police confiscated weapons and explosives from Malian armed groups.",
    trigger: "confiscated",
    actor: ["MLI"],
    recipient: ["MLI"],
  },
  {
    rule: "the owner of an attack's target is the target",
    text: "Russia tried to hack into the computers of Malian soldiers.",
    trigger: "hack",
    recipient: ["MLI"],
  },
  {
    rule: "an attack by an unnamed agent is coded from the country it happened in",
    text: "Two Malian soldiers were killed by a roadside bomb outside of the Nigerien town of Ayorou.",
    trigger: "killed",
    actor: ["NER"],
    recipient: ["MLI"],
  },
  {
    rule: "no actor for a reporting tag whose subject names no one",
    text: "Russian mercenaries abused Malian civilians with impunity, a human rights group charged.",
    trigger: "charged",
    actor: [],
  },
  {
    rule: "an apposition after a bare noun phrase still leads to its owner",
    text: "The head of the junta, Colonel Diarra expelled France.",
    trigger: "expelled",
    actor: ["MLI"],
    recipient: ["FRA"],
  },
  {
    rule: "an adverbial between commas before the verb is skipped",
    text: "The junta, as recently as December, expelled France.",
    trigger: "expelled",
    actor: ["MLI"],
  },
  {
    rule: "a long fronted gerund phrase takes the subject after its comma",
    text: "By making Russia its new strategic partner in a regional context marked by years of war in the north and the south, Mali angered France.",
    trigger: "making",
    actor: ["MLI"],
  },
  {
    rule: "the leader of an unnamed group names it",
    text: "Soldiers led by Colonel Assimi Goita arrested the president.",
    trigger: "arrested",
    actor: ["MLI"],
  },
  {
    rule: "who needs a nominal event undergoes it, whoever gives it acts",
    text: "Mali will need military and financial support from Russia.",
    trigger: "support",
    actor: ["RUS"],
    recipient: ["MLI"],
  },
  {
    rule: "a participle after a sanction spells out whom it hit",
    text: "ECOWAS imposed economic sanctions, suspending Mali from its bodies.",
    trigger: "imposed",
    actor: ["IGO"],
    recipient: ["MLI"],
  },
  {
    rule: "an uncoded conjunct shares its partner's country",
    text: "France demanded that the junta and the fighters hold talks.",
    trigger: "demanded",
    recipient: ["MLI", "MLI"],
  },
  {
    rule: "a modifying mention before its noun still joins a coordination",
    text: "Mali is ready to host a meeting between a Russian trade delegation and ECOWAS.",
    trigger: "ready",
    recipient: ["RUS", "IGO"],
  },
];

testArgumentCases(CASES, ACTORS);
