/** Loading an API answer into a component, with its error and a way to reload. */
import { useEffect, useState } from "preact/hooks";

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ data: null, error: error.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
