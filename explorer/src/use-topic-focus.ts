/** A topic filter keeps what involves the topic: the ids of those nodes, once the API has said. */
import { useEffect, useState } from "react";
import { topicFocusIds } from "./view-model.js";

export function useTopicFocus(
  topic: string,
  asOf: string | undefined,
  onProblem: (message: string) => void,
): ReadonlySet<string> | undefined {
  const [focus, setFocus] = useState<ReadonlySet<string>>();
  useEffect(() => {
    if (topic === "") {
      setFocus(undefined);
      return;
    }
    let current = true;
    topicFocusIds(topic, asOf).then(
      (ids) => {
        if (current) setFocus(ids);
      },
      (error: unknown) => current && onProblem((error as Error).message),
    );
    return () => {
      current = false;
    };
  }, [topic, asOf, onProblem]);
  return focus;
}
