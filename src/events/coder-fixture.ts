/**
 * Hand-built documents for the coder's tests: our own sentences, real tokens from the NLP
 * stage, and actor mentions placed by hand so the coder is tested apart from the actors stage.
 */
import { Doc, type EntityType, type Mention, type StageContext } from "../doc.js";
import { loadNlpContext, tagTokens } from "../nlp/index.js";
import { projectRoot } from "../paths.js";
import { dateSentences } from "../time/index.js";
import { codeEvents, loadEventContext } from "./index.js";

export interface Actor {
  text: string;
  code: string;
  sector?: string;
  type?: EntityType;
}

let context: StageContext | undefined;

export function coderContext(): StageContext {
  context ??= {
    ...loadNlpContext(),
    ...loadEventContext({ root: projectRoot(), userPatterns: [] }),
  } as StageContext;
  return context;
}

/** A document of one paragraph per line, sentences split after . ! ? and a space. */
export function codeSentences(text: string, actors: Actor[], options: { heading?: boolean } = {}): Doc {
  const doc = new Doc({ text, meta: { source: "test", key: "t", format: "text" } });
  let index = 0;
  let offset = 0;
  text.split("\n").forEach((line, paragraph) => {
    const pattern = /[^.!?]+[.!?]?/g;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const start = offset + m.index + (m[0].length - m[0].trimStart().length);
      const end = offset + m.index + m[0].trimEnd().length;
      if (end > start) doc.sentences.push({ start, end, index: index++, paragraph });
    }
    doc.paragraphs.push({
      start: offset,
      end: offset + line.length,
      index: paragraph,
      heading: options.heading ?? false,
    });
    offset += line.length + 1;
  });
  const ctx = coderContext();
  tagTokens(doc, ctx);
  dateSentences(doc, ctx);
  doc.mentions = findMentions(doc, actors);
  codeEvents(doc, ctx);
  return doc;
}

function findMentions(doc: Doc, actors: Actor[]): Mention[] {
  const mentions: Mention[] = [];
  for (const actor of actors) {
    const word = new RegExp(`\\b${actor.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
    for (let m = word.exec(doc.text); m; m = word.exec(doc.text)) {
      const start = m.index;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence) continue;
      mentions.push({
        start,
        end: start + actor.text.length,
        sentence: sentence.index,
        text: actor.text,
        entityId: `${actor.code}:${actor.sector ?? "GOV"}:${actor.text}`,
        name: actor.text,
        type: actor.type ?? "state",
        code: actor.code,
        sector: actor.sector ?? "GOV",
        confidence: 1,
        via: "test",
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
