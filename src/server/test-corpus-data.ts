/** The fixture documents: our own sentences, a simplified Mali–France–Russia storyline. */
import type { FixtureDoc } from "./test-corpus.js";

export const FIXTURE_DOCS: FixtureDoc[] = [
  {
    key: "sahel-2019-patrols",
    title: "Joint patrols resume near Gao",
    publisher: "Sahel Monitor",
    published: "2019-03-14",
    sentences: [
      {
        text: "French troops and the Malian army began joint patrols near Gao on Tuesday.",
        date: "2019-03-12",
        timex: "on Tuesday",
        events: [
          {
            category: "COOPERATE",
            quadCode: 2,
            intensity: 6,
            trigger: "began joint patrols",
            actor: ["france", "French troops"],
            recipient: ["mali", "the Malian army"],
          },
        ],
      },
      { text: "Officials said the patrols would last several weeks.", date: "2019-03-12" },
    ],
  },
  {
    key: "sahel-2020-pledge",
    title: "Paris pledges more soldiers",
    publisher: "Desert Wire",
    published: "2020-01-20",
    sentences: [
      {
        text: "France promised Mali another six hundred soldiers for the fight against armed groups.",
        date: "2020-01-19",
        events: [
          {
            category: "SUPPORT",
            quadCode: 1,
            intensity: 4,
            trigger: "promised",
            actor: ["france", "France"],
            recipient: ["mali", "Mali"],
          },
        ],
      },
      {
        text: "Mali welcomed the decision and thanked France for its help.",
        date: "2020-01-19",
        events: [
          {
            category: "SUPPORT",
            quadCode: 1,
            intensity: 3,
            trigger: "thanked",
            actor: ["mali", "Mali"],
            recipient: ["france", "France"],
          },
        ],
      },
    ],
  },
  {
    key: "sahel-2021-rift",
    title: "Rift widens between Bamako and Paris",
    publisher: "Sahel Monitor",
    published: "2021-12-28",
    sentences: [
      {
        text: "The Malian junta accused France of abandoning the country in mid-flight.",
        date: "2021-09-26",
        events: [
          {
            category: "ACCUSE",
            quadCode: 3,
            intensity: -4,
            trigger: "accused",
            actor: ["junta", "The Malian junta"],
            recipient: ["france", "France"],
          },
        ],
      },
      {
        text: "Russia sent military instructors to Mali in December.",
        date: "2021-12",
        timex: "in December",
        events: [
          {
            category: "AID",
            quadCode: 2,
            intensity: 6,
            trigger: "sent military instructors",
            actor: ["russia", "Russia"],
            recipient: ["mali", "Mali"],
          },
        ],
      },
      {
        text: "France could suspend its budget support to Mali, a minister suggested.",
        date: "2021-12-20",
        events: [
          {
            category: "SANCTION",
            quadCode: 4,
            intensity: -5,
            trigger: "suspend its budget support",
            actor: ["france", "France"],
            recipient: ["mali", "Mali"],
            factuality: "hypothetical",
          },
        ],
      },
    ],
  },
  {
    key: "sahel-2022-expulsion",
    title: "Ambassador ordered out",
    publisher: "Desert Wire",
    published: "2022-02-01",
    sentences: [
      {
        text: "Mali expelled the French ambassador on Monday, giving him seventy-two hours to leave.",
        date: "2022-01-31",
        timex: "on Monday",
        events: [
          {
            category: "SANCTION",
            quadCode: 4,
            intensity: -6,
            trigger: "expelled",
            actor: ["mali", "Mali"],
            recipient: ["france", "the French ambassador"],
          },
        ],
      },
      {
        text: "ECOWAS urged Mali to hold elections within a year.",
        date: "2022-01-31",
        events: [
          {
            category: "REQUEST",
            quadCode: 3,
            intensity: -2,
            trigger: "urged",
            actor: ["ecowas", "ECOWAS"],
            recipient: ["mali", "Mali"],
          },
        ],
      },
    ],
  },
  {
    key: "sahel-2022-withdrawal",
    title: "Last French convoy leaves",
    publisher: "Sahel Monitor",
    published: "2022-08-16",
    sentences: [
      {
        text: "France withdrew its last soldiers from Mali on Monday.",
        date: "2022-08-15",
        events: [
          {
            category: "RETREAT",
            quadCode: 2,
            intensity: 2,
            trigger: "withdrew",
            actor: ["france", "France"],
            recipient: ["mali", "Mali"],
          },
        ],
      },
    ],
  },
  {
    key: "sahel-2023-agreement",
    title: "Bamako and Moscow sign defence deal",
    publisher: "Desert Wire",
    published: "2023-06-10",
    sentences: [
      {
        text: "Mali and Russia signed an agreement on military training in June.",
        date: "2023-06",
        timex: "in June",
        events: [
          {
            category: "AGREE",
            quadCode: 1,
            intensity: 5,
            trigger: "signed an agreement",
            actor: ["mali", "Mali"],
            recipient: ["russia", "Russia"],
          },
        ],
      },
      {
        text: "Russia delivered attack helicopters to Mali weeks later.",
        date: "2023-07",
        events: [
          {
            category: "AID",
            quadCode: 2,
            intensity: 6,
            trigger: "delivered attack helicopters",
            actor: ["russia", "Russia"],
            recipient: ["mali", "Mali"],
          },
        ],
      },
    ],
  },
  {
    key: "sahel-2024-accusation",
    title: "Junta blames Paris for unrest",
    publisher: "Sahel Monitor",
    published: "2024-03-05",
    sentences: [
      {
        text: "The Malian junta accused the French government of backing armed groups.",
        date: "2024-03-04",
        events: [
          {
            category: "ACCUSE",
            quadCode: 3,
            intensity: -5,
            trigger: "accused",
            actor: ["junta", "The Malian junta"],
            recipient: ["paris", "the French government"],
          },
        ],
      },
      {
        text: "A reader's comment quoted the markup <script>alert('x')</script> & <b>bold</b> verbatim.",
        date: "2024-03-04",
      },
    ],
  },
];
