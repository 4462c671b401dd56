// The Word adapter the pane talks to: the real Word by default, or whatever a test or the
// screenshot harness provides (the adapter over the Word test double).
import { ReactNode, createContext, useContext, useMemo } from "react";
import type { WordHost } from "../../word/host";
import { officeWordHost } from "../../word/office";

const WordHostContext = createContext<WordHost | undefined>(undefined);

export function WordHostProvider({ host, children }: { host: WordHost; children: ReactNode }) {
  return <WordHostContext.Provider value={host}>{children}</WordHostContext.Provider>;
}

/** The WordHost given by a provider, else the Word the pane runs in. */
export function useWordHost(): WordHost {
  const given = useContext(WordHostContext);
  return useMemo(() => given ?? officeWordHost(), [given]);
}
