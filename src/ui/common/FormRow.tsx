import type { ReactNode } from 'react';

/** A label and its control on one line, as dialogs lay out their fields. */
export function FormRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row">
      <label>{label}</label>
      {children}
    </div>
  );
}
