import { useContext, useEffect, useRef } from 'react';
import { mountCanvas } from '../../canvas/mount-canvas';
import { useEditor } from '../../store/editor-context';
import { StageContext } from './stage-context';

export function Stage() {
  const editor = useEditor();
  const { setHandle } = useContext(StageContext);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const handle = mountCanvas(ref.current, { store: editor.store, commands: editor.commands });
    setHandle(handle);
    return () => {
      setHandle(null);
      handle.dispose();
    };
  }, [editor, setHandle]);
  return (
    <div className="stage-host" data-testid="stage">
      <div className="stage-el" ref={ref} />
    </div>
  );
}
