/** Hands a file to the browser as a download. */
export function downloadFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium starts the download from the click asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Hands text to the browser as a UTF-8 CSV file. */
export function downloadCsv(fileName: string, content: string): void {
  downloadFile(fileName, new Blob([content], { type: 'text/csv;charset=utf-8' }));
}
