// The pane's choice of front door (src/taskpane/host.ts), with Office.js's loading and
// Office.onReady played by hand on fake timers: what shows when it never comes, comes late, fails,
// or reports Excel, Word or no host.
import { HostDetection, OFFICE_JS, PaneHost, detectHost } from "../../src/taskpane/host";

type ReadyInfo = { host: Office.HostType | null };

/** A detection whose script and Office.onReady answer when the test says so. */
function harness() {
  let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  let ready: ((info: ReadyInfo) => void) | undefined;
  const loaded: string[] = [];
  const office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: (cb: (info: ReadyInfo) => void) => {
      ready = cb;
      return new Promise(() => undefined);
    },
  } as unknown as typeof Office;
  let present = false;
  const env: HostDetection = {
    loadScript: (src) => {
      loaded.push(src);
      return new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    },
    office: () => (present ? office : undefined),
    scriptTimeoutMs: 4000,
    readyTimeoutMs: 10000,
  };
  const shown: PaneHost[] = [];
  detectHost((host) => shown.push(host), env);
  return {
    shown,
    loaded,
    /** office.js arrives and runs. */
    async scriptLoads(withOffice = true) {
      present = withOffice;
      settle!.resolve();
      await Promise.resolve();
    },
    async scriptFails() {
      settle!.reject(new Error("404"));
      await Promise.resolve();
      await Promise.resolve();
    },
    officeReports(host: string | null) {
      ready!({ host: host as Office.HostType | null });
    },
    get asked() {
      return ready !== undefined;
    },
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("loads office.js from the add-in's own folder, not from Microsoft's CDN", () => {
  const h = harness();
  expect(h.loaded).toEqual([OFFICE_JS]);
  expect(OFFICE_JS).toBe("office-js/office.js");
});

test("Office.onReady is called only after office.js has run", async () => {
  const h = harness();
  expect(h.asked).toBe(false);
  await h.scriptLoads();
  expect(h.asked).toBe(true);
});

test.each([
  ["Excel", "excel"],
  ["Word", "word"],
  [null, "web"],
  ["PowerPoint", "web"],
])("Office reporting %s shows the %s pane, once", async (reported, pane) => {
  const h = harness();
  await h.scriptLoads();
  h.officeReports(reported);
  jest.advanceTimersByTime(60_000);
  expect(h.shown).toEqual([pane]);
});

test("office.js that never arrives gives the web page after the script timeout", () => {
  const h = harness();
  jest.advanceTimersByTime(3999);
  expect(h.shown).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(h.shown).toEqual(["web"]);
});

test("office.js that cannot be loaded gives the web page at once", async () => {
  const h = harness();
  await h.scriptFails();
  expect(h.shown).toEqual(["web"]);
  jest.advanceTimersByTime(60_000);
  expect(h.shown).toEqual(["web"]);
});

test("a script that defines no Office gives the web page", async () => {
  const h = harness();
  await h.scriptLoads(false);
  expect(h.shown).toEqual(["web"]);
});

test("Office.onReady that never answers gives the web page after the ready timeout", async () => {
  const h = harness();
  await h.scriptLoads();
  jest.advanceTimersByTime(9999);
  expect(h.shown).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(h.shown).toEqual(["web"]);
});

test("inside Office on a slow network: the web page first, then the host's pane when Office answers", async () => {
  const h = harness();
  jest.advanceTimersByTime(4000);
  expect(h.shown).toEqual(["web"]);
  await h.scriptLoads();
  h.officeReports("Word");
  expect(h.shown).toEqual(["web", "word"]);
});

test("a late answer of no host keeps the web page as it is", async () => {
  const h = harness();
  await h.scriptLoads();
  jest.advanceTimersByTime(10_000);
  h.officeReports(null);
  expect(h.shown).toEqual(["web"]);
});
