/**
 * A few short reports written for the benchmark, used only when corpus/sample/ is empty or
 * missing, so that `npm run bench` always has our own text to recombine.
 */
import type { SourceDocument } from "./corpus-generator.js";

export const BUILTIN_DOCUMENTS: SourceDocument[] = [
  {
    title: "Bamako tells the French ambassador to leave",
    meta: { publisher: "Sahel Desk", published: "2022-01-31", stance: "neutral", kind: "news report" },
    paragraphs: [
      "Mali's transitional government ordered the French ambassador to leave the country within 72 hours on Monday 31 January 2022.",
      "The decision followed remarks by French ministers that officials in Bamako called hostile and outrageous.",
      "Paris said it took note of the expulsion and recalled its envoy for consultations.",
      "Relations between the two countries had worsened since the second coup of May 2021, when Colonel Assimi Goïta took full control of the transition.",
    ],
  },
  {
    title: "West African leaders lift sanctions on Mali",
    meta: {
      publisher: "Gulf of Guinea Times",
      published: "2022-07-03",
      stance: "regional",
      kind: "news report",
    },
    paragraphs: [
      "ECOWAS heads of state meeting in Accra agreed on Sunday to lift the economic and financial sanctions imposed on Mali in January.",
      "The bloc said the junta had presented an acceptable timetable for elections, with a presidential vote planned for February 2024.",
      "Borders with Mali will reopen and regional ambassadors will return to Bamako, the communiqué said.",
      "Individual sanctions against members of the transitional authorities remain in place.",
    ],
  },
  {
    title: "Russian instructors arrive in central Mali",
    meta: {
      publisher: "Moscow Evening Review",
      published: "2022-01-05",
      stance: "pro-Moscow",
      kind: "news report",
    },
    paragraphs: [
      "Russian military instructors have arrived in Timbuktu after the departure of French troops from the town, Malian officials said.",
      "Bamako describes the Russians as trainers sent under a state-to-state agreement, while Western governments say they belong to the Wagner Group.",
      "Mali's defence minister, Sadio Camara, thanked Moscow for helicopters and weapons delivered in recent months.",
      "Fifteen European governments condemned the deployment in a joint statement in December 2021.",
    ],
  },
  {
    title: "The end of MINUSMA: a mission leaves under pressure",
    meta: {
      publisher: "Geneva Policy Notes",
      published: "2023-12-31",
      stance: "pro-Paris",
      kind: "analysis",
    },
    paragraphs: [
      "The UN Security Council voted in June 2023 to end the peacekeeping mission in Mali after Bamako demanded its withdrawal without delay.",
      "The mission, created in April 2013, had lost more than 300 peacekeepers, making it one of the deadliest UN operations.",
      "Its camps in the north were handed over to the Malian army, and separatist groups accused Bamako of breaking the 2015 peace agreement.",
      "Fighting between the army, backed by Russian forces, and the rebels of the CSP-PSD resumed around Kidal in the autumn.",
      "Analysts warn that the departure leaves civilians with fewer protections and less outside scrutiny.",
    ],
  },
  {
    title: "Sahel juntas found a confederation",
    meta: { publisher: "Niamey Weekly", published: "2024-07-07", stance: "regional", kind: "news report" },
    paragraphs: [
      "The leaders of Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday creating a confederation of Sahel states.",
      "The three governments announced in January 2024 that they would leave ECOWAS, which they accuse of serving foreign interests.",
      "The Alliance of Sahel States was first set up as a mutual defence pact in September 2023.",
      "Officials said the confederation would pool resources for security, energy and a common investment bank.",
    ],
  },
];
