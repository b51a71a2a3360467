import { useTranslation } from 'react-i18next';
import { useCallback, useSyncExternalStore } from 'react';
import { useEditor } from '../../store/editor-context';
import { actionById } from './action-table';
import type { ActionContext } from './action-types';
import { formatChord } from './keys';

type Run = Omit<ActionContext, 'coarse' | 'editor'>;

/** A toolbar or menu button generated from the action table: label, shortcut, enabled, pressed. */
export function ActionButton({
  id,
  run,
  className,
  role,
  onDone,
  children,
}: {
  /** A short face (an icon, "?") in place of the label, which then names the button. */
  children?: React.ReactNode;
  id: string;
  run: Run;
  className?: string;
  role?: 'menuitem';
  onDone?: () => void;
}) {
  const editor = useEditor();
  const { t } = useTranslation();
  const action = actionById(id);
  const label = t(`action.${id}`, { defaultValue: action.label });
  // Enabled and pressed read the document, the session and the history (undo/redo).
  const subscribe = useCallback(
    (fn: () => void) => {
      const offs = [editor.store.subscribe(fn), editor.store.temporal.subscribe(fn)];
      return () => offs.forEach((off) => off());
    },
    [editor],
  );
  const enabled = useSyncExternalStore(subscribe, () => action.enabled?.(editor) ?? true);
  const pressed = useSyncExternalStore(subscribe, () => action.pressed?.(editor));
  const keys = action.keys?.map(formatChord).join(' / ');
  return (
    <button
      className={className}
      role={role}
      disabled={!enabled}
      aria-pressed={pressed}
      title={keys ? `${label} (${keys})` : undefined}
      aria-label={children ? label : undefined}
      data-action={id}
      onClick={() => {
        onDone?.();
        action.perform({ ...run, editor, coarse: false });
      }}
    >
      {children ?? label}
    </button>
  );
}
