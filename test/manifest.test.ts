// Offline checks of manifest.xml: parsed with fast-xml-parser, no network.
import { readFileSync, existsSync } from "fs";
import { basename, join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const ASSETS = join(ROOT, "assets");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

// Keep namespace prefixes (bt:Image vs Image) and raw string values ("1.0.0.0" must stay a string).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});
type XmlNode = any;
const doc: XmlNode = parser.parse(xml);
const app: XmlNode = doc.OfficeApp;

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

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe("manifest.xml", () => {
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
    const others = allValues(doc).filter(
      ([name, value]) => !name.startsWith("@_xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
    );
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
