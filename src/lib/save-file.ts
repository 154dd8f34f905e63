/** Hands a file to the browser's download under the given name. */
export function saveBlob(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/**
 * Saves a file under the name people gave it. A link's own download name cannot carry every name
 * (supabase-js escapes the signed URL so that "möte" arrives as "m%C3%B6te"), so the file is
 * fetched and handed to the browser with its name attached.
 */
export async function saveFile(url: string, fileName: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  saveBlob(await response.blob(), fileName);
}
