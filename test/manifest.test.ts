// Offline checks of manifest.xml, and of the manifest `ADDIN_URL=… npm run build` writes for an
// office's server (src/scripts/addin-url.js, wired in webpack.config.js): parsed with
// fast-xml-parser, no network, no webpack run.
import { readFileSync, existsSync } from "fs";
import { basename, join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DEV_ADDIN_URL, addinUrl, manifestForUrl } from "../src/scripts/addin-url";

const ROOT = join(__dirname, "..");
const ASSETS = join(ROOT, "assets");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
/** Where an office might host dist/. */
const OFFICE_URL = "https://may-chu.ubnd-xa.vn/baocao";
const deployed = manifestForUrl(source, addinUrl(`${OFFICE_URL}/`));

// Keep namespace prefixes (bt:Image vs Image) and raw string values ("1.0.0.0" must stay a string).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});
type XmlNode = any;

/** fast-xml-parser gives a single child as an object and repeated children as an array. */
function arr(x: XmlNode): XmlNode[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Every [name, value] pair in the tree: attributes ("@_Name") and element text. */
function allValues(node: XmlNode, name = ""): Array<[string, string]> {
  if (typeof node === "string") return [[name, node]];
  if (Array.isArray(node)) return node.flatMap((n) => allValues(n, name));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => allValues(v, k === "#text" ? name : k));
  }
  return [];
}

/** The parts of a manifest the checks read. */
function parse(xml: string) {
  const doc: XmlNode = parser.parse(xml);
  const app: XmlNode = doc.OfficeApp;
  const versionOverrides: XmlNode = app.VersionOverrides;
  const resources: XmlNode = versionOverrides.Resources;
  const resourceImages: XmlNode[] = arr(resources["bt:Images"]["bt:Image"]);
  const resourceUrls: XmlNode[] = arr(resources["bt:Urls"]["bt:Url"]);

  /** The URL values named in the brief, with where they come from. */
  const namedUrls: Array<[string, string]> = [
    ["SourceLocation", app.DefaultSettings?.SourceLocation?.["@_DefaultValue"]],
    ["IconUrl", app.IconUrl?.["@_DefaultValue"]],
    ["HighResolutionIconUrl", app.HighResolutionIconUrl?.["@_DefaultValue"]],
    ["SupportUrl", app.SupportUrl?.["@_DefaultValue"]],
    ...resourceUrls.map((u): [string, string] => [`bt:Url ${u["@_id"]}`, u["@_DefaultValue"]]),
    ...resourceImages.map((i): [string, string] => [`bt:Image ${i["@_id"]}`, i["@_DefaultValue"]]),
    ...arr(app.AppDomains?.AppDomain).map((d): [string, string] => ["AppDomain", String(d)]),
  ];

  const iconUrls: string[] = [
    app.IconUrl?.["@_DefaultValue"],
    app.HighResolutionIconUrl?.["@_DefaultValue"],
    ...resourceImages.map((i) => i["@_DefaultValue"]),
  ];

  /** Any value that looks like a URL, except XML namespace names. */
  const anyUrls = allValues(doc).filter(
    ([name, value]) => !name.startsWith("@_xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
  );
  return {
    doc,
    app,
    versionOverrides,
    resources,
    resourceImages,
    resourceUrls,
    namedUrls,
    iconUrls,
    anyUrls,
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe.each([
  ["manifest.xml (the dev server's)", source],
  [`dist/manifest.xml built with ADDIN_URL=${OFFICE_URL}`, deployed],
])("%s", (_name, xml) => {
  const {
    doc,
    app,
    versionOverrides,
    resources,
    resourceImages,
    resourceUrls,
    namedUrls,
    iconUrls,
    anyUrls,
  } = parse(xml);

  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@_xsi:type"]).toBe("TaskPaneApp");
    expect(versionOverrides["@_xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("Id is a GUID and Version has four numeric parts", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("metadata is Vietnamese and asks for read/write access", () => {
    expect(app.DefaultLocale).toBe("vi-VN");
    expect(app.ProviderName).toBe("Báo cáo");
    expect(app.DisplayName["@_DefaultValue"]).toBe("Báo cáo");
    expect(app.Permissions).toBe("ReadWriteDocument");
    // Vietnamese text must be stored precomposed (NFC).
    expect(xml).toBe(xml.normalize("NFC"));
  });

  test("declares Workbook and Document in <Hosts> and in VersionOverrides", () => {
    const baseHosts = arr(app.Hosts.Host).map((h) => h["@_Name"]);
    expect(baseHosts.sort()).toEqual(["Document", "Workbook"]);

    const overrideHosts: XmlNode[] = arr(versionOverrides.Hosts.Host);
    expect(overrideHosts.map((h) => h["@_xsi:type"]).sort()).toEqual(["Document", "Workbook"]);

    // Each host has a Home-tab button that opens the task pane.
    for (const host of overrideHosts) {
      const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
      expect(tab["@_id"]).toBe("TabHome");
      const controls: XmlNode[] = arr(tab.Group.Control);
      expect(controls.some((c) => c.Action["@_xsi:type"] === "ShowTaskpane")).toBe(true);
    }
  });

  test("every URL is https", () => {
    // All named URL fields are present (AppDomain is optional).
    expect(namedUrls.filter(([, v]) => v === undefined)).toEqual([]);
    expect(namedUrls.length).toBeGreaterThanOrEqual(4 + 1 + 3);
    for (const [where, url] of namedUrls) {
      expect([where, new URL(url).protocol]).toEqual([where, "https:"]);
    }

    // Catch-all: any other value that looks like a URL, except XML namespace names.
    const others = anyUrls;
    expect(others.length).toBeGreaterThanOrEqual(namedUrls.length);
    for (const [name, value] of others) {
      expect([name, value]).toEqual([name, expect.stringMatching(/^https:\/\//)]);
    }
  });

  test("every icon URL names a PNG in assets/ of the right size", () => {
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of iconUrls) {
      const name = basename(new URL(url).pathname);
      expect([url, existsSync(join(ASSETS, name))]).toEqual([url, true]);
      const size = /icon-(\d+)\.png$/.exec(name);
      if (size) expect(pngSize(join(ASSETS, name))).toEqual([Number(size[1]), Number(size[1])]);
    }
  });

  test("every resid points at a defined resource", () => {
    const ids = new Set(
      [
        ...resourceImages,
        ...resourceUrls,
        ...arr(resources["bt:ShortStrings"]["bt:String"]),
        ...arr(resources["bt:LongStrings"]["bt:String"]),
      ].map((r) => r["@_id"])
    );
    const resids = allValues(versionOverrides.Hosts).filter(([name]) => name === "@_resid");
    expect(resids.length).toBeGreaterThan(0);
    for (const [, id] of resids) expect([id, ids.has(id)]).toEqual([id, true]);
  });

  test("base <Requirements> has no host-specific requirement set", () => {
    const sets: string[] = arr(app.Requirements?.Sets?.Set).map((s) => s["@_Name"]);
    const hostSpecific = /^(Excel|Word|PowerPoint|OneNote|Outlook|Visio|Project)Api|^Mailbox$/i;
    expect(sets.filter((name) => hostSpecific.test(name))).toEqual([]);
  });
});

describe("the manifest for an office's server (ADDIN_URL)", () => {
  const dev = parse(source);
  const office = parse(deployed);

  test("the source manifest names the dev server, https://localhost:3000, for development", () => {
    expect(DEV_ADDIN_URL).toBe("https://localhost:3000");
    for (const [where, url] of dev.anyUrls)
      expect([where, url]).toEqual([where, expect.stringMatching(/^https:\/\/localhost:3000\//)]);
  });

  test("every URL of the built manifest is under ADDIN_URL, and none names localhost", () => {
    expect(deployed).not.toMatch(/localhost/i);
    expect(office.anyUrls.length).toBe(dev.anyUrls.length);
    for (const [where, url] of office.anyUrls)
      expect([where, url]).toEqual([
        where,
        expect.stringMatching(/^https:\/\/may-chu\.ubnd-xa\.vn\/baocao\//),
      ]);
    expect(office.app.DefaultSettings.SourceLocation["@_DefaultValue"]).toBe(
      `${OFFICE_URL}/taskpane.html`
    );
    expect(office.iconUrls).toContain(`${OFFICE_URL}/assets/icon-80.png`);
  });

  test("only the addresses change", () => {
    expect(deployed.split(OFFICE_URL).join(DEV_ADDIN_URL)).toBe(source);
  });

  test("ADDIN_URL: unset or empty is the dev server; a trailing slash or spaces do not matter", () => {
    expect(addinUrl(undefined)).toBe(DEV_ADDIN_URL);
    expect(addinUrl("  ")).toBe(DEV_ADDIN_URL);
    expect(addinUrl(" https://intranet.example/baocao/ ")).toBe("https://intranet.example/baocao");
    expect(addinUrl("https://baocao.ubnd-xa.gov.vn")).toBe("https://baocao.ubnd-xa.gov.vn");
    expect(addinUrl("https://baocao.ubnd-xa.gov.vn:8443/bao-cao/")).toBe(
      "https://baocao.ubnd-xa.gov.vn:8443/bao-cao"
    );
    expect(manifestForUrl(source, DEV_ADDIN_URL)).toBe(source);
  });

  test.each([
    ["http://intranet.example/baocao", /phải bắt đầu bằng https:\/\//],
    ["intranet.example/baocao", /không phải là một địa chỉ web/],
    ["\\\\may-chu\\baocao", /không phải là một địa chỉ web/],
    ["https://intranet.example/baocao?v=2", /không có tên đăng nhập, "\?" hay "#"/],
    ["https://nguoi:matkhau@intranet.example/baocao", /không có tên đăng nhập/],
  ])("ADDIN_URL=%s stops the build with a Vietnamese reason", (value, reason) => {
    expect(() => addinUrl(value)).toThrow(reason);
    expect(() => addinUrl(value)).toThrow(
      "Ví dụ: ADDIN_URL=https://intranet.example/baocao npm run build"
    );
  });

  test("a path with characters XML reserves is refused; spaces and Vietnamese letters are percent-encoded", () => {
    expect(() => addinUrl("https://intranet.example/bao&cao")).toThrow(/có ký tự & < > " '/);
    const base = addinUrl("https://intranet.example/báo cáo");
    expect(base).toBe("https://intranet.example/b%C3%A1o%20c%C3%A1o");
    const xml = manifestForUrl(source, base);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).app.SupportUrl["@_DefaultValue"]).toBe(`${base}/taskpane.html`);
  });

  describe("webpack.config.js", () => {
    type Pattern = { from: string; transform?: (content: Buffer) => string };
    /** The config webpack would get, built with ADDIN_URL set to `value` (unset: undefined). */
    async function configWith(value: string | undefined) {
      const saved = process.env.ADDIN_URL;
      if (value === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = value;
      try {
        const makeConfig = require("../webpack.config.js");
        return await makeConfig({}, { mode: "production" });
      } finally {
        if (saved === undefined) delete process.env.ADDIN_URL;
        else process.env.ADDIN_URL = saved;
      }
    }
    /** What the build writes as dist/manifest.xml, through CopyWebpackPlugin's transform. */
    async function builtManifest(value: string | undefined): Promise<string> {
      const config = await configWith(value);
      const patterns: Pattern[] = config.plugins.flatMap(
        (p: { patterns?: Pattern[] }) => p.patterns ?? []
      );
      const manifest = patterns.find((p) => p.from === "manifest.xml");
      expect(manifest?.transform).toBeDefined();
      return manifest!.transform!(Buffer.from(source, "utf8"));
    }

    test("ADDIN_URL=… npm run build writes the office's manifest", async () => {
      expect(await builtManifest(OFFICE_URL)).toBe(deployed);
    });

    test("npm run build without ADDIN_URL keeps the dev server's", async () => {
      expect(await builtManifest(undefined)).toBe(source);
    });

    test("an ADDIN_URL that is not https fails the build with the reason", async () => {
      await expect(configWith("http://intranet.example/baocao")).rejects.toThrow(
        /ADDIN_URL "http:\/\/intranet\.example\/baocao" phải bắt đầu bằng https:\/\//
      );
    });
  });
});
