/** The view the steps build at a time, rebuilt (through the API) whenever either changes. */
import { useEffect, useMemo, useState } from "react";
import type { TimeFilter } from "./time-filter.js";
import { EMPTY_VIEW, type Step, type View, ViewBuilder } from "./view-model.js";

export function useBuiltView(
  steps: readonly Step[],
  time: TimeFilter,
  onProblem: (message: string | undefined) => void,
): { view: View; loading: boolean; builtFor: { steps: readonly Step[]; time: TimeFilter } } {
  const builder = useMemo(() => new ViewBuilder(), []);
  const [state, setState] = useState<{
    view: View;
    builtFor: { steps: readonly Step[]; time: TimeFilter };
  }>({ view: EMPTY_VIEW, builtFor: { steps: [], time } });
  const [loading, setLoading] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading((count) => count + 1);
    builder
      .build(steps, time)
      .then(
        (built) => {
          if (!current) return;
          setState({ view: built, builtFor: { steps, time } });
          onProblem(undefined);
        },
        (error: unknown) => {
          if (current) onProblem((error as Error).message);
        },
      )
      .finally(() => setLoading((count) => count - 1));
    return () => {
      current = false;
    };
  }, [builder, steps, time, onProblem]);
  return { ...state, loading: loading > 0 };
}
