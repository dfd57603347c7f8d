import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBytes, looksBinary } from "./decode.js";
import { InputError } from "./outcome.js";

describe("decodeBytes", () => {
  it("should read valid UTF-8 as UTF-8", () => {
    const decoded = decodeBytes(Buffer.from("Ségou – “calm”"), "x.txt");
    assert.deepEqual(decoded, { text: "Ségou – “calm”", encoding: "utf-8" });
  });

  it("should fall back to Windows-1252 with a note", () => {
    const decoded = decodeBytes(Buffer.from("caf\xe9 \x96 cr\xe8me", "latin1"), "x.txt");
    assert.equal(decoded.text, "café – crème");
    assert.equal(decoded.encoding, "windows-1252");
    assert.match(decoded.note ?? "", /not valid UTF-8/);
  });

  it("should read UTF-16 text marked by its byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Gao, Kidal", "utf16le")]);
    assert.deepEqual(decodeBytes(le, "x.txt"), { text: "Gao, Kidal", encoding: "utf-16le" });
  });

  it("should honour a declared charset", () => {
    const decoded = decodeBytes(Buffer.from("d\xe9j\xe0", "latin1"), "x.html", "ISO-8859-1");
    assert.equal(decoded.text, "déjà");
    assert.equal(decoded.encoding, "iso-8859-1");
  });

  it("should refuse binary data, naming the source", () => {
    assert.throws(
      () => decodeBytes(new Uint8Array([1, 2, 3, 0, 5]), "blob.txt"),
      (error: unknown) =>
        error instanceof InputError && error.code === "ENTENTE_INPUT_BINARY" && error.source === "blob.txt",
    );
  });

  it("should tell control-character noise from text", () => {
    assert.equal(looksBinary(Buffer.from("Plain text\twith tabs\r\nand lines.\f")), false);
    assert.equal(
      looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 3 : 65)))),
      true,
    );
  });
});
