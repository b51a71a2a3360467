import { useTranslation } from 'react-i18next';
import * as Radix from '@radix-ui/react-dialog';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { FOCUS_FALLBACK_SELECTOR, firstFocusable, keepFocusIn } from './focus-rescue';

type FocusTarget = () => HTMLElement | null;

/** Lets a control inside a dialog name where focus goes when it closes (the stage, say). */
const ReturnFocusContext = createContext<(target: FocusTarget) => void>(() => {});

/** Call before closing the dialog: focus then moves to `target()`, not back to the opener. */
export const useReturnFocusTo = () => useContext(ReturnFocusContext);

interface Props {
  title: string;
  /** A sentence read out with the title; omitted, the dialog has no description. */
  description?: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** A choice the user must make: an alertdialog that Esc and outside presses do not close. */
  alert?: boolean;
}

/** Each open dialog's opener, so that a dialog opened from another can go back past it. */
const openers = new WeakMap<Element, HTMLElement | null>();
/** The control outside any dialog that the last dialog opened went back to. */
let lastOpener: HTMLElement | null = null;

/**
 * The control to return to on close: the one focused when this dialog opened, or, when that one
 * was inside a dialog that has since closed (Export hands over to Jobs), that dialog's opener.
 * A dialog whose code loads first opens with focus nowhere (the one before has gone): it takes
 * over the last dialog's opener.
 */
function useOpener(): () => HTMLElement | null {
  const [chain] = useState(() => {
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && active !== document.body ? active : null;
    const host = focused?.closest('.dialog');
    const inherited = host ? (openers.get(host) ?? null) : focused ? null : lastOpener;
    lastOpener = host || !focused ? inherited : focused;
    return { focused, inherited };
  });
  return () =>
    [chain.focused, chain.inherited].find((el): el is HTMLElement => Boolean(el?.isConnected)) ??
    null;
}

/**
 * Every dialog of the app, on Radix's: focus moves in on open, stays inside while open (also when
 * the focused control is disabled or removed), returns to the control that opened it; Esc and a
 * press outside close it.
 */
export function Dialog({ title, description, onClose, children, wide, alert }: Props) {
  const { t } = useTranslation();
  // Radix gives focus back to its own Trigger; our dialogs open from the toolbar, the keyboard or
  // another dialog, so the opener is whatever had focus when this one mounted.
  const opener = useOpener();
  // A state, not a ref: Radix's portal mounts the content a render after the dialog.
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const openerOnOpen = useRef(opener);
  const returnTo = useRef<FocusTarget>(opener);
  useEffect(() => {
    if (!content) return;
    openers.set(content, openerOnOpen.current());
    return keepFocusIn(content, () => firstFocusable(content, FOCUS_FALLBACK_SELECTOR) ?? content);
  }, [content]);
  return (
    <Radix.Root open onOpenChange={(open) => !open && !alert && onClose()}>
      <Radix.Portal>
        <Radix.Overlay className="dialog-backdrop">
          <Radix.Content
            ref={setContent}
            className="dialog"
            style={wide ? { width: 'min(1100px, 96vw)' } : undefined}
            {...(description ? {} : { 'aria-describedby': undefined })}
            {...(alert ? { role: 'alertdialog' } : {})}
            onCloseAutoFocus={(e) => {
              const target = returnTo.current();
              if (!target?.isConnected) return;
              e.preventDefault();
              target.focus();
            }}
          >
            <header>
              <Radix.Title asChild>
                <h1>{title}</h1>
              </Radix.Title>
              {!alert && <Radix.Close aria-label={t('common.close')}>✕</Radix.Close>}
            </header>
            {description && <Radix.Description className="hint">{description}</Radix.Description>}
            <ReturnFocusContext value={(target) => void (returnTo.current = target)}>
              {children}
            </ReturnFocusContext>
          </Radix.Content>
        </Radix.Overlay>
      </Radix.Portal>
    </Radix.Root>
  );
}
