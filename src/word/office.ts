/**
 * The real Word behind the adapter: Word.run, Office.context.requirements, the document's
 * settings and mode. The only file that touches Office.js globals; `bind` makes the compiler
 * check that Office.js's Word.RequestContext has every member api.ts declares.
 */
import type { DocumentSettings, WContext, WordEnvironment } from "./api";
import { WordHost, createWordHost } from "./host";

/** Compile-time check: the real request context satisfies the subset the adapter uses. */
function bind(context: Word.RequestContext): WContext {
  return context;
}

function officeDocument(): Office.Document | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.document;
}

export function officeEnvironment(): WordEnvironment {
  return {
    run: (batch) => Word.run((context) => batch(bind(context))),
    isSetSupported: (name, version) =>
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported(name, version) === true,
    hasDocument: () => officeDocument() !== undefined,
    isReadOnly: () => officeDocument()?.mode === Office.DocumentMode.ReadOnly,
    settings: () => officeDocument()?.settings as DocumentSettings | undefined,
  };
}

/** The WordHost of the Word the pane runs in. */
export function officeWordHost(): WordHost {
  return createWordHost(officeEnvironment());
}
