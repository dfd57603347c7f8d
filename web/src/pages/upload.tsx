/** Upload a file (or paste a text) and see what the pipeline coded in it. */
import { useState } from "preact/hooks";
import { api } from "../api";
import { CategoryBadge } from "../components/event-list";
import { href } from "../router";

type Result = Awaited<ReturnType<typeof api.upload>>;

export function UploadPage() {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const file = form.get("file") as File | null;
    const text = String(form.get("text") ?? "").trim();
    if ((!file || file.size === 0) && text)
      form.set("file", new File([text], "pasted.txt", { type: "text/plain" }));
    form.delete("text");
    for (const [key, value] of [...form.entries()]) if (value === "") form.delete(key);
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.upload(form));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>Upload a document</h1>
      <form class="upload" onSubmit={submit}>
        <label class="field">
          File (.txt .md .html .pdf .json .jsonl, up to 10 MB)
          <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm,.pdf,.json,.jsonl" />
        </label>
        <label class="field">
          or paste a text
          <textarea name="text" rows={6} />
        </label>
        <div class="filters">
          <label class="field">
            Title
            <input name="title" />
          </label>
          <label class="field">
            Publisher
            <input name="publisher" />
          </label>
          <label class="field">
            Published (YYYY-MM-DD)
            <input name="published" pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} />
          </label>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? "Coding…" : "Upload and code"}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section aria-live="polite" class="upload-result">
          <h2>Result</h2>
          {result.documents.map((d) => (
            <div key={d.id}>
              <p>
                <a href={href(`document/${d.id}`)}>{d.title ?? d.key}</a> — {d.status}: {d.sentences}{" "}
                sentences, {d.mentions} actor mentions, {d.events.length} events
              </p>
              <ul class="plain">
                {d.events.map((e) => (
                  <li key={e.id}>
                    <CategoryBadge category={e.event[0] ?? "?"} quad={e.quadCode} />{" "}
                    {e.actor.map((p) => p.name).join(", ") || "—"} →{" "}
                    {e.recipient.map((p) => p.name).join(", ") || "—"}{" "}
                    <span class="muted">
                      {e.date ?? "undated"} · {e.factuality} · “{e.trigger.text}”
                    </span>{" "}
                    <a href={href(`document/${d.id}`, { sentence: e.sentence, event: e.id })}>evidence</a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {result.failures.map((f) => (
            <p key={f.source} class="error">
              {f.source}: {f.reason}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
