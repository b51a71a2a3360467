// The first-load baseline: a React page that mounts one Fabric canvas with a few objects.
import { Canvas, Rect, Textbox } from 'fabric';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    benchReady?: boolean;
  }
}

function Stage() {
  const el = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = new Canvas(el.current!, { width: 960, height: 540 });
    canvas.add(
      new Rect({ left: 100, top: 100, width: 200, height: 120, fill: '#4a90d9' }),
      new Textbox('Hello', { left: 400, top: 200, width: 300 }),
    );
    canvas.renderAll();
    window.benchReady = true;
    return () => void canvas.dispose();
  }, []);
  return <canvas ref={el} />;
}

createRoot(document.getElementById('root')!).render(<Stage />);
