import type { ComponentChildren } from "preact";
import type { Loaded } from "../hooks";

/** Shows loading and errors for an API answer, and the children once it is there. */
export function Status<T>({
  state,
  children,
}: {
  state: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (state.error) {
    return (
      <p class="error" role="alert">
        {state.error}
      </p>
    );
  }
  if (!state.data) {
    return (
      <p class="muted" aria-live="polite">
        Loading…
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
