/** Offers a Blob to the user as a download named `filename`. */
export function saveFile(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

export const saveJson = (value: unknown, filename: string) =>
  saveFile(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), filename);
