/**
 * The grammar's test table: one sentence of ours per row, the expression it must find and
 * the value it must normalise to, given the publication date. `null` rows are non-dates.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { StageContext, TimeValue } from "../doc.js";
import { fixtureDoc } from "./fixture-doc.js";
import { dateSentences } from "./index.js";

type Expected = [
  text: string,
  start: string,
  end: string | null,
  granularity: TimeValue["granularity"],
  qualifier?: TimeValue["qualifier"],
];

/** [sentence, publication date, expected first expression or null for "no date here"] */
const TABLE: [string, string | null, Expected | null][] = [
  // Full dates
  [
    "The ceasefire was signed on May 24, 2021 in the capital.",
    "2022-01",
    ["May 24, 2021", "2021-05-24", null, "day"],
  ],
  [
    "The ceasefire was signed on 24 May 2021 in the capital.",
    "2022-01",
    ["24 May 2021", "2021-05-24", null, "day"],
  ],
  ["The envoy arrived on the 3rd of June 2019.", null, ["the 3rd of June 2019", "2019-06-03", null, "day"]],
  ["The envoy arrived on June 3rd, 2019.", null, ["June 3rd, 2019", "2019-06-03", null, "day"]],
  ["Talks resumed on Sept. 12, 2020 after a pause.", null, ["Sept. 12, 2020", "2020-09-12", null, "day"]],
  ["Talks resumed on 12 Sep 2020 after a pause.", null, ["12 Sep 2020", "2020-09-12", null, "day"]],
  ["The decree is dated 2020-09-12.", null, ["2020-09-12", "2020-09-12", null, "day"]],
  ["The decree is dated 12/09/2020 in the register.", null, ["12/09/2020", "2020", null, "year"]],
  ["The decree is dated 25/09/2020 in the register.", null, ["25/09/2020", "2020-09-25", null, "day"]],
  ["The decree is dated 25.09.2020 in the register.", null, ["25.09.2020", "2020-09-25", null, "day"]],
  [
    "On Tuesday, 14 March 2023, the minister resigned.",
    null,
    ["Tuesday, 14 March 2023", "2023-03-14", null, "day"],
  ],
  [
    "Clashes broke out on February 29, 2024 near the border.",
    null,
    ["February 29, 2024", "2024-02-29", null, "day"],
  ],
  [
    "The summit ran from 4 to 6 July 2023.",
    null,
    ["from 4 to 6 July 2023", "2023-07-04", "2023-07-06", "day"],
  ],
  [
    "The summit ran July 4-6, 2023 in the capital.",
    null,
    ["July 4-6, 2023", "2023-07-04", "2023-07-06", "day"],
  ],
  // Months
  ["The sanctions were eased in July 2022.", null, ["July 2022", "2022-07", null, "month"]],
  [
    "The council pledged a ballot by February of 2022.",
    null,
    ["by February of 2022", "2022-02", null, "month", "before"],
  ],
  ["Protests peaked in June and July 2020.", null, ["June and July 2020", "2020-06", "2020-07", "month"]],
  [
    "Fighting continued between March and May 2022.",
    null,
    ["between March and May 2022", "2022-03", "2022-05", "month"],
  ],
  [
    "The mission ran from May 2021 to June 2022.",
    null,
    ["from May 2021 to June 2022", "2021-05", "2022-06", "month"],
  ],
  ["The vote took place in Dec. 2019.", null, ["Dec. 2019", "2019-12", null, "month"]],
  [
    "After the May 2021 coup, the army took control.",
    null,
    ["After the May 2021", "2021-05", null, "month", "after"],
  ],
  [
    "Since the coup in May 2021, the army has ruled.",
    null,
    ["Since the coup in May 2021", "2021-05", null, "month", "since"],
  ],
  [
    "Relations soured shortly after the independence of the country in 1960.",
    null,
    ["after the independence of the country in 1960", "1960", null, "year", "after"],
  ],
  // Years
  ["In 2023, the foreign minister visited the capital.", null, ["2023", "2023", null, "year"]],
  ["The 2020 coup ended the old order.", null, ["2020", "2020", null, "year"]],
  ["The country has known unrest since 2013.", null, ["since 2013", "2013", null, "year", "since"]],
  ["Troop numbers will fall by 2025.", "2022-01", ["by 2025", "2025", null, "year", "before"]],
  ["Prices rose sharply until 2019.", null, ["until 2019", "2019", null, "year", "before"]],
  ["The agreement dates from around 2004.", null, ["around 2004", "2004", null, "year", "about"]],
  ["The trade figures are from circa 1985.", null, ["circa 1985", "1985", null, "year", "about"]],
  ["The treaty was renegotiated before 2010.", null, ["before 2010", "2010", null, "year", "before"]],
  ["Exports grew following 2015 reforms.", null, ["following 2015", "2015", null, "year", "after"]],
  ["Cooperation deepened post-2012 in the north.", null, ["post-2012", "2012", null, "year", "after"]],
  ["Pre-2020 figures are unreliable.", null, ["Pre-2020", "2020", null, "year", "before"]],
  ["The UN mission left in 2023.", null, ["2023", "2023", null, "year"]],
  ["2021 was a year of upheaval.", null, ["2021", "2021", null, "year"]],
  ["It was the country's 2019 budget.", null, ["2019", "2019", null, "year"]],
  ["COUP D'ÉTAT AU MALI EN 2021", null, ["2021", "2021", null, "year"]],
  // Year spans
  ["He led the country from 1960 to 1968.", null, ["from 1960 to 1968", "1960", "1968", "year"]],
  ["The Soviet years (1960-1991) left a legacy.", null, ["1960-1991", "1960", "1991", "year"]],
  ["The 1960–1968 presidency was socialist.", null, ["1960–1968", "1960", "1968", "year"]],
  ["The mandate ran between 2013 and 2022.", null, ["between 2013 and 2022", "2013", "2022", "year"]],
  ["Drought struck in 2011 and 2012.", null, ["2011 and 2012", "2011", "2012", "year"]],
  ["The 2019/20 season was dry.", null, ["2019/20", "2019", "2020", "year"]],
  ["The 2013–22 operation cost billions.", null, ["2013–22", "2013", "2022", "year"]],
  ["He ruled from 1992 until 2002.", null, ["from 1992 until 2002", "1992", "2002", "year"]],
  // Decades and centuries
  ["In the 1960s and 70s, the country looked east.", null, ["the 1960s and 70s", "1960", "1979", "year"]],
  ["In the 1980s, debt rose.", null, ["the 1980s", "1980", "1989", "year"]],
  ["Ties revived from the 2000s onwards.", null, ["from the 2000s", "2000", "2009", "year", "since"]],
  ["In the late 1990s, the party split.", null, ["late 1990s", "1990", "1999", "year", "late"]],
  ["Music of the '80s filled the hall.", null, ["the '80s", "1980", "1989", "year"]],
  ["Borders were drawn in the 19th century.", null, ["the 19th century", "1800", "1899", "year"]],
  [
    "It was the worst drought of the twentieth century.",
    null,
    ["the twentieth century", "1900", "1999", "year"],
  ],
  // Parts of periods
  [
    "In late February, the troops pulled out.",
    "2022-03-20",
    ["late February", "2022-02", null, "month", "late"],
  ],
  [
    "By the end of 2021, the junta had changed course.",
    null,
    ["By the end of 2021", "2021", null, "year", "late"],
  ],
  ["The talks stalled at the end of 2021.", null, ["the end of 2021", "2021", null, "year", "late"]],
  ["Inflation slowed in early 2022.", null, ["early 2022", "2022", null, "year", "early"]],
  ["A new plan is due by mid-2023.", "2022-06", ["by mid-2023", "2023", null, "year", "mid"]],
  [
    "The rains came at the beginning of 2020.",
    null,
    ["the beginning of 2020", "2020", null, "year", "early"],
  ],
  ["The rains came in the middle of 2020.", null, ["the middle of 2020", "2020", null, "year", "mid"]],
  ["Output fell in the first half of 2021.", null, ["the first half of 2021", "2021-01", "2021-06", "month"]],
  [
    "Output rose in the second half of 2021.",
    null,
    ["the second half of 2021", "2021-07", "2021-12", "month"],
  ],
  [
    "Output rose in the third quarter of 2021.",
    null,
    ["the third quarter of 2021", "2021-07", "2021-09", "month"],
  ],
  ["Fighting resumed in the summer of 2021.", null, ["the summer of 2021", "2021-06", "2021-08", "month"]],
  ["Fighting resumed in winter 2021.", null, ["winter 2021", "2021-12", "2022-02", "month"]],
  ["The mines reopened in early March 2021.", null, ["early March 2021", "2021-03", null, "month", "early"]],
  ["The mines reopened in mid-March 2021.", null, ["mid-March 2021", "2021-03", null, "month", "mid"]],
  [
    "The mines reopened at the end of March 2021.",
    null,
    ["the end of March 2021", "2021-03", null, "month", "late"],
  ],
  ["Since early 2022, prices have doubled.", null, ["Since early 2022", "2022", null, "year", "since"]],
  // Relative to publication
  ["Rebels attacked the town this month.", "2022-03-15", ["this month", "2022-03", null, "month"]],
  ["Rebels attacked the town last month.", "2022-03-15", ["last month", "2022-02", null, "month"]],
  ["Rebels attacked the town last month.", "2022-01-10", ["last month", "2021-12", null, "month"]],
  ["Rebels attacked the town last week.", "2022-03-16", ["last week", "2022-03-07", "2022-03-13", "day"]],
  ["Rebels attacked the town last week.", "2022-03", ["last week", "2022-03", null, "month", "about"]],
  ["Rebels attacked the town this week.", "2022-03-16", ["this week", "2022-03-14", "2022-03-20", "day"]],
  ["Elections were held last year.", "2022-03", ["last year", "2021", null, "year"]],
  ["Elections are due next year.", "2022-03", ["next year", "2023", null, "year"]],
  ["Elections were held earlier this year.", "2022-03", ["this year", "2022", null, "year"]],
  ["Talks stalled in late last year.", "2022-03", ["late last year", "2021", null, "year", "late"]],
  [
    "The council, as recently as December, pledged a ballot.",
    "2022-02",
    ["as recently as December", "2021-12", null, "month"],
  ],
  [
    "Attacks have multiplied in recent months.",
    "2023-02",
    ["recent months", "2022-08", "2023-02", "month", "about"],
  ],
  ["Attacks have multiplied in recent years.", "2023-02", ["recent years", "2020", "2023", "year", "about"]],
  [
    "Attacks have multiplied in recent weeks.",
    "2023-02-20",
    ["recent weeks", "2023-01-23", "2023-02-20", "day", "about"],
  ],
  [
    "The situation worsened over the past ten years.",
    "2023-02",
    ["the past ten years", "2013", "2023", "year", "about"],
  ],
  [
    "Prices doubled in the last two months.",
    "2023-02",
    ["the last two months", "2022-12", "2023-02", "month", "about"],
  ],
  [
    "The region has changed in the past few years.",
    "2023-02",
    ["the past few years", "2020", "2023", "year", "about"],
  ],
  ["The base was built ten years ago.", "2022-03", ["ten years ago", "2012", null, "year"]],
  ["The base was built 3 months ago.", "2022-03-10", ["3 months ago", "2021-12", null, "month"]],
  ["The envoy left two days ago.", "2022-03-10", ["two days ago", "2022-03-08", null, "day"]],
  ["The envoy left a few weeks ago.", "2022-03-10", ["a few weeks ago", "2022-02-17", null, "day", "about"]],
  ["The alliance was formed a decade ago.", "2022-03-10", ["a decade ago", "2012", null, "year"]],
  ["The town fell years ago.", "2022-03-10", ["years ago", "2020", null, "year", "about"]],
  // A span from the main clause's time (here publication) to the clause after the cue.
  [
    "The vote comes two weeks after the army seized the port.",
    "2022-03-10",
    ["two weeks after", "2022-02-24", null, "day"],
  ],
  [
    "The minister resigned three months before the summit opened.",
    "2022-03-10",
    ["three months before", "2022-06", null, "month"],
  ],
  ["The treaty lapsed a year after it was signed.", "2022-03", ["a year after", "2021", null, "year"]],
  // The length of an activity told up to the time of writing: when it began.
  [
    "The decision ends an 8-year French-led campaign in the region.",
    "2022-02",
    ["8-year", "2014", null, "year", "about"],
  ],
  ["Peace talks could end the decade-long war.", "2023-05", ["decade-long", "2013", null, "year", "about"]],
  ["The voters approved a five-year plan.", "2023-05", null],
  // Before a date, the date itself is the expression.
  [
    "The troops left two weeks after May 5, 2021.",
    null,
    ["after May 5, 2021", "2021-05-05", null, "day", "after"],
  ],
  ["The minister spoke yesterday.", "2022-03-10", ["yesterday", "2022-03-09", null, "day"]],
  ["The minister spoke yesterday.", "2022-03", ["yesterday", "2022-03", null, "month", "about"]],
  ["The minister speaks today in parliament.", "2022-03-10", ["today", "2022-03-10", null, "day"]],
  ["Gunmen attacked a convoy on Saturday.", "2022-03-10", ["on Saturday", "2022-03-05", null, "day"]],
  ["Gunmen attacked a convoy last Friday.", "2022-03-10", ["last Friday", "2022-03-04", null, "day"]],
  ["The rebels struck in June.", "2022-03-10", ["June", "2021-06", null, "month"]],
  ["The vote will take place in June.", "2022-03-10", ["June", "2022-06", null, "month"]],
  ["The vote took place last June.", "2022-08-10", ["last June", "2022-06", null, "month"]],
  ["The vote takes place next June.", "2022-08-10", ["next June", "2023-06", null, "month"]],
  // Weekday and month without a year
  [
    "A convoy was ambushed on Saturday, July 27, near the border.",
    "2024-10",
    ["Saturday, July 27", "2024-07-27", null, "day"],
  ],
  [
    "A convoy was ambushed on Thursday, July 27, near the border.",
    "2024-10",
    ["Thursday, July 27", "2023-07-27", null, "day"],
  ],
  ["A convoy was ambushed on July 27 near the border.", "2024-10", ["July 27", "2024-07-27", null, "day"]],
  ["A convoy was ambushed on 27 July near the border.", "2024-05", ["27 July", "2023-07-27", null, "day"]],
  [
    "The regional body fixed a deadline of February 27th for the ballot.",
    "2022-02",
    ["February 27th", "2022-02-27", null, "day"],
  ],
  ["Chad abstained on the March 2 resolution.", "2022-03", ["March 2", "2022-03-02", null, "day"]],
  [
    "The talks were held from March 3 to 5.",
    "2022-04",
    ["from March 3 to 5", "2022-03-03", "2022-03-05", "day"],
  ],
  // Anaphoric, against the date in force in the same sentence
  [
    "The sanctions of July 2022 replaced those of January that year.",
    null,
    ["July 2022", "2022-07", null, "month"],
  ],
  [
    "The bloc eased in July 2022 the sanctions it had imposed in January of that year.",
    null,
    ["July 2022", "2022-07", null, "month"],
  ],
  // Non-dates
  ["The council unveiled a five-year transition.", "2022-02", null],
  ["The country emerged from ten years of uncertainty.", "2022-02", null],
  ["France kept 2,000 troops in the region.", "2022-02", null],
  ["The council adopted Resolution 2100 unanimously.", "2022-02", null],
  ["The council adopted Resolution 2085 unanimously.", "2022-02", null],
  ["Paris will keep the 5,100 soldiers in place.", "2022-02", null],
  ["The army received two Mi-171 helicopters.", "2022-02", null],
  ["The army deployed 2000 soldiers to the north.", "2022-02", null],
  ["The plan is called Agenda 2063 by the union.", "2022-02", null],
  ["Growth may march on if the rains come.", "2022-02", null],
  ["Officials may say more about the deal.", "2022-02", null],
  ["The budget reached 1500 km of roads.", "2022-02", null],
  ["Inflation hit 2021% in the model, an error.", "2022-02", null],
  ["Turnout was 45.2021 in the dataset.", "2022-02", null],
  ["The postal code 20001 belongs to the capital.", "2022-02", null],
  ["People in their 50s voted more.", "2022-02", null],
  ["He served four years in prison.", "2022-02", null],
  ["The unit has 1,960 members.", "2022-02", null],
  ["A two-year extension was requested.", "2022-02", null],
  ["Theresa May spoke at length.", "2022-02", null],
  ["The convoy travelled for several days.", "2022-02", null],
  ["Each year brings new hardship.", "2022-02", null],
  ["It costs 38 billion dollars a year.", "2022-02", null],
  ["The G5 Sahel force has 5000 troops.", "2022-02", null],
  ["Bamako has 2,529,000 inhabitants.", "2022-02", null],
  ["Some 2000 were displaced by the floods.", "2022-02", null],
  ["Support fell by 2020 per cent in the model.", "2022-02", null],
  ["Exports recovered in Q3 2021.", null, ["Q3 2021", "2021-07", "2021-09", "month"]],
  ["Fighters of the March 23 Movement took the town.", "2022-02", null],
  ["Crowds gathered at the 28 September Stadium.", "2022-02", null],
  ["The strike began at 2030 GMT near the port.", "2022-02", null],
  ["Call the office on +223 2021 4455 for details.", "2022-02", null],
  [
    "Gunmen attacked the camp, the army said Friday, after a quiet week.",
    "2022-03-10",
    ["Friday", "2022-03-04", null, "day"],
  ],
  ["Talks resumed after 12 days of fighting.", "2022-03-10", null],
];

for (const [sentence, published, expected] of TABLE) {
  const label = expected ? `${expected[0]} → ${expected[1]}` : "no date";
  test(`should read "${sentence}" (published ${published ?? "unknown"}) as ${label}`, () => {
    const doc = fixtureDoc(sentence, published);
    dateSentences(doc, {} as StageContext);
    if (expected === null) {
      assert.deepEqual(
        doc.timexes.map((timex) => timex.text),
        [],
      );
      return;
    }
    const [text, start, end, granularity, qualifier = null] = expected;
    const timex = doc.timexes[0];
    assert.ok(timex, "no expression found");
    assert.equal(timex.text, text);
    assert.equal(doc.slice(timex), text);
    assert.deepEqual(timex.value, { start, end, granularity, qualifier });
  });
}

test("should hold a table of at least 120 expressions", () => {
  assert.ok(TABLE.length >= 120);
});
