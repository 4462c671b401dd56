// Webpack build of the task pane (Excel and Word share one page).
// `npm run build` makes dist/ without certificates; `npm run dev-server`
// serves it over https on port 3000 with the Office dev certificates.
// `ADDIN_URL=https://intranet.example/baocao npm run build` writes a dist/manifest.xml for that
// address (src/scripts/addin-url.js); without it the manifest names the dev server.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinUrl, manifestForUrl } = require("./src/scripts/addin-url");

const PORT = 3000;

// Office.js from the @microsoft/office-js package, served from dist/office-js/ instead of
// Microsoft's CDN. office.js is a loader: from its own folder it loads the script of the host it
// runs in (<app>-<platform>-<version>.js: Excel and Word on Windows, Mac and the web, where the
// README's "Triển khai cho cơ quan" deploys the add-in; 16.00 is what older Windows builds ask
// for), its strings (<locale>/office_strings.js, every locale: see below) and, where no Office
// host answers (a plain browser),
// o15apptofilemappingtable.js. Its telemetry scripts are left out (a request for them fails
// quietly; the page's CSP would block what they send anyway).
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  ...["excel", "word"].flatMap((app) => [
    `${app}-win32-16.01.js`,
    `${app}-win32-16.00.js`,
    `${app}-mac-16.00.js`,
    `${app}-web-16.00.js`,
  ]),
];

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serve = Boolean(env && env.WEBPACK_SERVE);
  // Fails the build at once, with the reason, when ADDIN_URL is not an https address.
  const addin = addinUrl(process.env.ADDIN_URL);

  const config = {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Size hints for our own bundles; Office.js's host scripts are Microsoft's, used as shipped.
    performance: {
      assetFilter: (name) => !name.endsWith(".map") && !name.startsWith("office-js/"),
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI; tsconfig.json keeps
              // commonjs + noEmit for jest and type checking.
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // Keep React / Fluent UI in their own chunk so app changes do not bust its cache.
      splitChunks: {
        cacheGroups: {
          // Only what the first render needs: ExcelJS and docx stay in their lazy chunks.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial" },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForUrl(content.toString("utf8"), addin),
          },
          // Runs first, in any browser: tells users of a legacy webview what to do instead.
          { from: "src/taskpane/legacy.js", to: "legacy.js" },
          // As Microsoft ships them: its licence forbids changing them, so Terser must skip them.
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS, "dist", file),
            to: `office-js/${file}`,
            info: { minimized: true },
          })),
          // Its strings in every locale: Office.js asks for the one of Office's UI language, and
          // a missing one could leave Office.onReady unanswered (OfficeDev/office-js#6040).
          {
            from: "*/office_strings.js",
            context: path.join(OFFICE_JS, "dist"),
            to: "office-js/[path][name][ext]",
            info: { minimized: true },
          },
          // Microsoft's licence terms for redistributing Office.js, next to it.
          { from: path.join(OFFICE_JS, "LICENSE.md"), to: "office-js/LICENSE.md" },
        ],
      }),
    ],
  };

  if (serve) {
    // Only the dev server needs the localhost certificates (installed on first use).
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }

  return config;
};
