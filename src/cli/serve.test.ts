import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntenteError } from "../errors.js";
import { runServe } from "./serve.js";

describe("entente serve flags", () => {
  it("should refuse a port out of range as a usage error", async () => {
    await assert.rejects(
      runServe({ port: "70000", host: "127.0.0.1" }),
      (error: unknown) =>
        error instanceof EntenteError && error.code === "ENTENTE_USAGE" && /--port/.test(error.message),
    );
  });
});
