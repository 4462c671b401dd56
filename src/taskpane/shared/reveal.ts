// Results where the eye is (issue 15): a pane is often taller than the 320 px task pane shows,
// so what an action reports is scrolled into view and, once it is there, takes the focus (the
// button pressed may be disabled while it ran; focus must not fall to the page).
import { RefObject, useEffect, useRef } from "react";

/**
 * A ref for the element that shows `trigger`. Whenever `trigger` becomes a new defined value,
 * the element is scrolled into view after the browser has laid it out (to the top of the view,
 * so a result taller than the pane shows its first line; a progress line only as far as
 * needed), and is focused when `focus` is true (the element needs tabIndex -1).
 */
export function useReveal<T extends HTMLElement>(trigger: unknown, focus = true): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger === undefined || trigger === false) return;
    const frame = requestAnimationFrame(() => {
      ref.current?.scrollIntoView({ block: focus ? "start" : "nearest" });
      if (focus) ref.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [trigger, focus]);
  return ref;
}
