#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");

const built = path.join(__dirname, "..", "dist", "cli", "cli.js");
if (!fs.existsSync(built)) {
  process.stderr.write(
    "Chưa dựng công cụ dòng lệnh: hãy chạy `npm install` (hoặc `npm run build:cli`). / The command line is not built: run `npm install` (or `npm run build:cli`).\n",
  );
  process.exit(2);
}
require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
