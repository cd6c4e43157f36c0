/** The dataset and the overview's facts (hubs, topics, first and last dates), asked for once. */
import { useEffect, useState } from "react";
import { fetchOverview, type Overview } from "./api.js";

export function useOverview(onProblem: (message: string) => void): Overview | undefined {
  const [overview, setOverview] = useState<Overview>();
  useEffect(() => {
    fetchOverview().then(setOverview, (error: unknown) =>
      onProblem(`Could not reach the API: ${(error as Error).message}`),
    );
  }, [onProblem]);
  return overview;
}
