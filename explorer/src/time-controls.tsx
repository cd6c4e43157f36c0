/**
 * The time controls: a typed date and a slider (one day a step, with a tick and a label
 * per year) for "as of a day", a second date for a range, "All dates", a Play button
 * that walks the days a month at a time, the choice to also show what is not known to
 * hold then (faded; the API's asOfMode INCLUDE_UNKNOWN), and the choice to hide undated
 * agreements, events and relationships. The slider marks the days from which undated relationships
 * are known (their validity, the API's rule: from their sources' dates). On the slider,
 * arrow keys step a day, Page Up/Down a month, Shift with Page Up/Down a year.
 */
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import type { Overview } from "./api.js";
import { dayFromNumber, dayNumber, formatIsoPart } from "./format.js";
import { describeTime, stepDay, type TimeFilter } from "./time-filter.js";

export interface DayRange {
  /** First and last day the slider reaches. */
  readonly first: string;
  readonly last: string;
}

/** The time the slider spans: from the first dated year to the end of the last one (or this year). */
export function sliderRange(overview: Overview | undefined): DayRange {
  const today = new Date().toISOString().slice(0, 10);
  const earliest = overview?.timeline.edges[0]?.node.date.earliest ?? "2020-01-01";
  const latest = overview?.latest.edges[0]?.node.date?.latest ?? today;
  const lastYear = Math.max(Number(latest.slice(0, 4)), Number(today.slice(0, 4)));
  return { first: `${earliest.slice(0, 4)}-01-01`, last: `${lastYear}-12-31` };
}

/** How long Play shows each month. */
const PLAY_STEP_MS = 900;

export function TimeControls(props: {
  range: DayRange;
  time: TimeFilter;
  onChange(time: TimeFilter): void;
  hideUndated: boolean;
  undatedCount: number;
  /** Days from which undated relationships in view are known, with how many start on each. */
  undatedStarts: readonly { readonly day: string; readonly count: number }[];
  onHideUndated(hide: boolean): void;
}) {
  const id = useId();
  const { range, time, onChange } = props;
  // What the slider shows at once; the view follows a moment later (see the effect below).
  const [draft, setDraftAsIs] = useState<TimeFilter>(time);
  const [playing, setPlaying] = useState(false);
  // Whether a day or range also shows what is not known to hold then; kept across days.
  const [unknown, setUnknown] = useState(time.kind !== "all" && time.unknown === true);
  useEffect(() => {
    setDraftAsIs(time);
    if (time.kind !== "all") setUnknown(time.unknown === true);
  }, [time]);
  const withUnknown = (next: TimeFilter, include = unknown): TimeFilter => {
    if (next.kind === "all") return next;
    const { unknown: _was, ...rest } = next;
    return include ? { ...rest, unknown: true } : rest;
  };
  const setDraft = (next: TimeFilter | ((current: TimeFilter) => TimeFilter)) =>
    setDraftAsIs((current) => withUnknown(typeof next === "function" ? next(current) : next));
  useEffect(() => {
    if (JSON.stringify(draft) === JSON.stringify(time)) return;
    const timer = setTimeout(() => onChange(draft), 250);
    return () => clearTimeout(timer);
  }, [draft, time, onChange]);

  const firstNumber = dayNumber(range.first);
  const lastNumber = dayNumber(range.last);
  const day = draft.kind === "day" ? draft.day : draft.kind === "range" ? draft.from : undefined;
  const sliderValue = day === undefined ? lastNumber + 1 : dayNumber(day);
  const clampDay = (value: string) => {
    if (value < range.first) return range.first;
    return value > range.last ? range.last : value;
  };
  const setDay = (value: string) => {
    const chosen = clampDay(value);
    setDraft((current) =>
      current.kind === "range"
        ? { kind: "range", from: chosen, to: [current.to, chosen].sort()[1] ?? chosen }
        : { kind: "day", day: chosen },
    );
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setDraftAsIs((current) => {
        const from = current.kind === "day" ? current.day : range.first;
        const next = stepDay(from, "month", 1);
        if (next > range.last) {
          setPlaying(false);
          return current;
        }
        const keep = current.kind !== "all" && current.unknown === true;
        return { kind: "day", day: next, ...(keep ? { unknown: true } : {}) };
      });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, range]);

  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "PageUp" && event.key !== "PageDown") return;
    event.preventDefault();
    const unit = event.shiftKey ? "year" : "month";
    const from = day ?? range.last;
    setDay(stepDay(from, unit, event.key === "PageUp" ? 1 : -1));
  };

  const years: number[] = [];
  for (let year = Number(range.first.slice(0, 4)); year <= Number(range.last.slice(0, 4)); year++) {
    years.push(year);
  }
  const span = lastNumber + 1 - firstNumber;
  const text = describeTime(draft);
  const starts = props.undatedStarts.filter(
    (start) => start.day >= range.first && start.day <= range.last,
  );
  const startsText = starts
    .map((start) => `${formatIsoPart(start.day)} (${start.count})`)
    .join(", ");

  return (
    <fieldset className="time-controls">
      <legend>
        Time <output aria-live="off">{text}</output>
      </legend>
      <div className="time-row">
        <label htmlFor={`${id}-day`}>{draft.kind === "range" ? "From" : "As of"}</label>
        <input
          id={`${id}-day`}
          type="date"
          min={range.first}
          max={range.last}
          value={day ?? ""}
          onChange={(event) => {
            if (event.target.value) setDay(event.target.value);
            else setDraft({ kind: "all" });
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={draft.kind === "range"}
            onChange={(event) => {
              const from = day ?? range.first;
              setDraft(
                event.target.checked
                  ? { kind: "range", from, to: clampDay(stepDay(from, "year", 1)) }
                  : { kind: "day", day: from },
              );
            }}
          />
          to
        </label>
        <label htmlFor={`${id}-to`} className="visually-hidden">
          Until
        </label>
        <input
          id={`${id}-to`}
          type="date"
          min={day ?? range.first}
          max={range.last}
          disabled={draft.kind !== "range"}
          value={draft.kind === "range" ? draft.to : ""}
          onChange={(event) => {
            if (draft.kind === "range" && event.target.value) {
              setDraft({ ...draft, to: clampDay(event.target.value) });
            }
          }}
        />
        <div className="slider-wrap">
          <input
            id={`${id}-slider`}
            className="time-slider"
            type="range"
            aria-label="Day"
            aria-valuetext={text}
            aria-keyshortcuts="PageUp PageDown Shift+PageUp Shift+PageDown"
            aria-describedby={`${id}-keys`}
            min={firstNumber}
            max={lastNumber + 1}
            step={1}
            list={`${id}-years`}
            value={sliderValue}
            onKeyDown={onSliderKey}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (value > lastNumber) setDraft({ kind: "all" });
              else setDay(dayFromNumber(value));
            }}
          />
          <datalist id={`${id}-years`}>
            {years.map((year) => (
              <option key={year} value={dayNumber(`${year}-01-01`)} label={String(year)} />
            ))}
          </datalist>
          <div className="year-ticks" aria-hidden="true">
            {years.map((year) => (
              <span
                key={year}
                className="year-tick"
                style={{ left: `${((dayNumber(`${year}-01-01`) - firstNumber) / span) * 100}%` }}
              >
                {year}
              </span>
            ))}
          </div>
          <div className="undated-marks" aria-hidden="true">
            {starts.map((start) => (
              <span
                key={start.day}
                className="undated-mark"
                data-day={start.day}
                title={`Undated relationships known from ${formatIsoPart(start.day)}: ${start.count}`}
                style={{ left: `${((dayNumber(start.day) - firstNumber) / span) * 100}%` }}
              />
            ))}
          </div>
        </div>
      </div>
      <p id={`${id}-keys`} className="visually-hidden">
        Arrow keys: a day; Page Up/Down: a month; with Shift: a year.
      </p>
      <div className="time-row">
        <button
          type="button"
          disabled={draft.kind === "all"}
          onClick={() => {
            setPlaying(false);
            setDraft({ kind: "all" });
          }}
        >
          All dates
        </button>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && (draft.kind !== "day" || draft.day >= range.last)) {
              setDraft({ kind: "day", day: range.first });
            }
            setPlaying(!playing);
          }}
        >
          {playing ? "Pause" : "Play"}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={unknown}
            disabled={draft.kind === "all"}
            onChange={(event) => {
              setUnknown(event.target.checked);
              setDraftAsIs((current) => withUnknown(current, event.target.checked));
            }}
          />
          Also what is not known to hold then (faded)
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={props.hideUndated}
            onChange={(event) => props.onHideUndated(event.target.checked)}
          />
          Hide undated agreements, events and relationships ({props.undatedCount})
        </label>
        {starts.length > 0 && (
          <p className="undated-note">
            <span className="undated-key" aria-hidden="true" /> Undated relationships known from{" "}
            {startsText}
          </p>
        )}
      </div>
    </fieldset>
  );
}
