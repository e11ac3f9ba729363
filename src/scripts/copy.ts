/**
 * Copies text to the clipboard. Where the Clipboard API is missing or refused (an http:// host, an
 * old browser), the snippet's text is selected instead so that the reader can press Ctrl+C.
 */
export async function copyText(text: string, fallbackElement: Element): Promise<'copied' | 'selected'> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Permission refused: fall through to selecting the text.
  }
  const range = document.createRange();
  range.selectNodeContents(fallbackElement);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return 'selected';
}

/** Saves text as a file through a temporary object URL. */
export function saveText(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
