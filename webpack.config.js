// Webpack build of the task pane (Excel and Word share one page).
// `npm run build` makes dist/ without certificates; `npm run dev-server`
// serves it over https on port 3000 with the Office dev certificates.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serve = Boolean(env && env.WEBPACK_SERVE);

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
          { from: "manifest.xml", to: "manifest.xml" },
          // Runs first, in any browser: tells users of a legacy webview what to do instead.
          { from: "src/taskpane/legacy.js", to: "legacy.js" },
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
