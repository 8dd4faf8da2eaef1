// Builds the task pane into dist/pane/: taskpane.html, its JS chunks and the icons.
// `npm run build` (production) for Excel and the end-to-end tests; `npm start` serves it on port 3000.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { releaseManifest } = require("./scripts/releaseManifest");

/** `--env url=https://…/`: dist/pane/manifest.xml, every address on that base (see docs/trien-khai.md). */
class ReleaseManifestPlugin {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ReleaseManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ReleaseManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dev = fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8");
        compilation.emitAsset("manifest.xml", new sources.RawSource(releaseManifest(dev, this.url)));
      });
    });
  }
}

/** Excel loads add-ins only from the https addresses of manifest.xml: `npm start -- --env https` uses the
 * certificates that `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs. */
function httpsServer() {
  const folder = path.join(os.homedir(), ".office-addin-dev-certs");
  const read = (file) => fs.readFileSync(path.join(folder, file));
  return { type: "https", options: { key: read("localhost.key"), cert: read("localhost.crt"), ca: read("ca.crt") } };
}

/** @returns {import("webpack").Configuration} */
module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    target: "web",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "pane"),
      filename: production ? "[name].[contenthash].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      // the command line builds into dist/cli/ (scripts/build-cli.mjs), so the pane owns its folder whole
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // exceljs's "browser" field names its self-contained browser build (dist/exceljs.min.js), which needs
      // no Node polyfills; this is webpack's default for target "web", stated here because the build relies on it.
      aliasFields: ["browser"],
      mainFields: ["browser", "module", "main"],
    },
    module: {
      // Fluent UI's styles become one static CSS file instead of JS that builds and injects them at start:
      // the rules' loaders run bottom-up, so a .tsx file goes ts-loader → Griffel's AOT loader (our makeStyles
      // into precomputed __styles, as Fluent's packages already ship) → the extraction loader (CSS out of the JS).
      rules: [
        // The engine is pure (lint-enforced): an import of one function from its door need not bring the rest,
        // so the reading and scoring code can wait in the lazy "engine" chunk.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        {
          test: /\.(js|mjs|tsx?)$/,
          include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "@griffel/webpack-loader" },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // type checking is `npm run typecheck`; esnext modules let import() split exceljs and docx into lazy chunks
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      // Griffel sorts its rules itself, so the order in which chunks bring CSS modules does not matter
      new MiniCssExtractPlugin({
        filename: production ? "[name].[contenthash].css" : "[name].css",
        chunkFilename: production ? "[name].[contenthash].css" : "[name].css",
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      // without --env url the manifest stays the dev one (manifest.xml, on localhost)
      ...(env.url ? [new ReleaseManifestPlugin(env.url)] : []),
    ],
    optimization: {
      splitChunks: {
        // named, so that dist/pane/ and the bundle-size bench say which library a lazy chunk holds
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: "docx", chunks: "async", enforce: true },
          // A lazy step carries the libraries only it uses (one request); libraries that several lazy chunks
          // share go into one chunk named after them, e.g. "step-import~step-minutes-vendors".
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            priority: -10,
            minChunks: 2,
            reuseExistingChunk: true,
            name: (_module, chunks) => `${chunks.map((chunk) => chunk.name).join("~")}-vendors`,
          },
          // Our own code that several lazy chunks share (the findings catalogue: engine, findings list, Xếp hạng
          // step) is named the same way, "engine~findings-list~step-rank-shared".
          sharedSource: {
            test: /[\\/]src[\\/]/,
            priority: -20,
            minChunks: 2,
            chunks: "async",
            reuseExistingChunk: true,
            name: (_module, chunks) => `${chunks.map((chunk) => chunk.name).join("~")}-shared`,
          },
        },
      },
    },
    devtool: production ? false : "eval-source-map",
    performance: {
      // the lazy exceljs and docx chunks are large by nature; only the initial load is held to a budget
      assetFilter: (file) => file.startsWith("taskpane.") && file.endsWith(".js"),
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 800 * 1024,
    },
    devServer: {
      port: 3000,
      // plain http opens the pane in a browser (standalone mode); sideloading into Excel needs --env https (README)
      server: env.https ? httpsServer() : "http",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
