// Results where the eye is (issue 15): a pane is often taller than the 320 px task pane shows,
// so what an action reports is scrolled into view and, once it is there, takes the focus (the
// button pressed may be disabled while it ran; focus must not fall to the page).
import { RefObject, useEffect, useRef } from "react";

/**
 * A ref for the element that shows `trigger`. Whenever `trigger` becomes a new defined value
 * (not false), the element is scrolled into view after the browser has laid it out, and:
 * - `focus` true: it is scrolled to the top of the view (a result taller than the pane shows its
 *   first line) and takes the focus (the element needs tabIndex -1);
 * - `focus` "if-lost": a progress line, scrolled only as far as needed, takes the focus only when
 *   the focus fell to the page (the button pressed went away, as an offer inside a result does);
 * - `focus` false: only scrolled, as far as needed.
 */
export function useReveal<T extends HTMLElement>(
  trigger: unknown,
  focus: boolean | "if-lost" = true
): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger === undefined || trigger === false) return;
    const frame = requestAnimationFrame(() => {
      const el = ref.current;
      if (!el) return;
      el.scrollIntoView({ block: focus === true ? "start" : "nearest" });
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (focus === true || (focus === "if-lost" && lost)) el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [trigger, focus]);
  return ref;
}
