// Lint rules: typescript-eslint's recommended set everywhere, the Office add-in rules where Office.js is
// called, and the walls that keep src/engine pure (see docs/architecture.md: "Nothing in engine/ may import from
// elsewhere in src/").
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/** Engine files sit at different depths; an import with more "../" than the depth leaves src/engine. */
const ENGINE_DEPTHS = [0, 1, 2, 3];

const FORBIDDEN_IN_ENGINE = {
  regex: "^(node:|fs$|fs/|path$|os$|child_process$|react$|react-dom|react/|@fluentui/|exceljs|docx|office-|@microsoft/office)",
  message: "src/engine is pure TypeScript: no Node, React, Office, exceljs or docx. Pass data in from a host.",
};

// The Office add-in plugin's recommended config also enforces Prettier formatting; we take only its
// Office.js rules, which catch reads before sync and syncs in loops.
// docs/architecture.md forbids a sync inside a loop outright, so that rule is an error rather than the plugin's warning.
const officeRules = {
  ...Object.fromEntries(
    Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([name]) => name.startsWith("office-addins/")),
  ),
  "office-addins/no-context-sync-in-loop": "error",
};

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/", "demo/", "out/", ".tmp/", "e2e/screenshots/"] },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/hosts/office/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // Office.js stays in src/hosts/office: everything else gets the host through an interface.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/office/**", "src/engine/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({ name, message: "Office.js is called only in src/hosts/office." })),
      ],
    },
  },
  {
    // The pane and the command line use the engine through its doors only: src/engine/index.ts, and
    // src/engine/sheets/index.ts for the sheet builders that the pane loads lazily (docs/architecture.md).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)engine/(?!sheets$|testing/)",
              message: "Import the engine from its door (src/engine/index.ts or src/engine/sheets/index.ts), not a deep path.",
            },
          ],
        },
      ],
    },
  },
  ...ENGINE_DEPTHS.map((depth) => ({
    files: [`src/engine/${"*/".repeat(depth)}*.ts`],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            FORBIDDEN_IN_ENGINE,
            {
              regex: `^(\\.\\./){${depth + 1},}`,
              message: "src/engine must not import from other folders of src/: hosts call the engine, not the reverse.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "fetch", "Office", "Excel", "process", "require", "Buffer"].map(
          (name) => ({ name, message: "src/engine runs anywhere: take what you need as a parameter." }),
        ),
      ],
    },
  })),
);
