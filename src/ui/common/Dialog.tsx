import { useTranslation } from 'react-i18next';
import * as Radix from '@radix-ui/react-dialog';
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';

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

/**
 * Every dialog of the app, on Radix's: focus moves in on open, stays inside while open, returns to
 * the control that opened it; Esc and a press outside close it.
 */
export function Dialog({ title, description, onClose, children, wide, alert }: Props) {
  const { t } = useTranslation();
  // Radix gives focus back to its own Trigger; our dialogs open from the toolbar, the keyboard or
  // another dialog, so the opener is whatever had focus when this one mounted.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const returnTo = useRef<FocusTarget>(() => opener);
  return (
    <Radix.Root open onOpenChange={(open) => !open && !alert && onClose()}>
      <Radix.Portal>
        <Radix.Overlay className="dialog-backdrop">
          <Radix.Content
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
