// Makes `npx entente` work inside this checkout: npm links the bins of dependencies into
// node_modules/.bin, but not the bin of the package being developed.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "dist", "src", "cli", "index.js");
const link = join(root, "node_modules", ".bin", "entente");
if (!existsSync(target)) {
  console.error(`link-bin: ${target} is missing; run npm run build first`);
  process.exit(1);
}
chmodSync(target, 0o755);
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), target), link);
