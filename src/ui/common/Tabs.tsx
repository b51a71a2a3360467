import { useRef, type KeyboardEvent } from 'react';

/** The ids that tie a tab to its panel, from the list's own id (React's useId). */
const tabId = (list: string, tab: string) => `${list}-tab-${tab}`;
const panelId = (list: string, tab: string) => `${list}-panel-${tab}`;

/** The tab an arrow, Home or End press moves to, or undefined for any other key. */
function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const at = tabs.indexOf(current);
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step) return tabs[(at + step + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs.at(-1);
  return undefined;
}

/** What the selected tab's panel spreads on itself: its role, its id and its tab's name. */
export const tabPanelProps = (list: string, tab: string) =>
  ({ role: 'tabpanel', id: panelId(list, tab), 'aria-labelledby': tabId(list, tab) }) as const;

/**
 * The WAI-ARIA tabs pattern: the list is one Tab stop (the selected tab); Left/Right/Home/End move
 * and select (the panels show at once); the selected tab names the panel it controls.
 * Hand-written: the project's only Radix primitive is the dialog; @radix-ui/react-tabs is not
 * installed.
 */
export function TabList<T extends string>({
  id,
  tabs,
  selected,
  onSelect,
  label,
  nameOf,
  className,
}: {
  id: string;
  tabs: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  label: string;
  nameOf: (tab: T) => string;
  className?: string;
}) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = tabAfterKey(tabs, selected, e.key);
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const on = tab === selected;
        return (
          <button
            key={tab}
            ref={(el) => {
              if (el) buttons.current.set(tab, el);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(id, tab)}
            aria-selected={on}
            // Only the shown panel is in the page to be controlled.
            aria-controls={on ? panelId(id, tab) : undefined}
            tabIndex={on ? 0 : -1}
            className={on ? 'active' : ''}
            onClick={() => onSelect(tab)}
          >
            {nameOf(tab)}
          </button>
        );
      })}
    </div>
  );
}
