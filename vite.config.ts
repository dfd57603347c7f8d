/** Builds the dashboard (web/) into dist/web: everything bundled, nothing fetched from a CDN. */
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  base: "./",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // Plot and cytoscape make one large chunk; it is served from disk, so that is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
