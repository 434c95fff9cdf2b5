import { useEffect } from 'react';

const PROPERTY = '--print-footer';

/** Text as a CSS string token: the value can only ever be read as text. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Puts `text` in the footer of every printed page (print.css reads the custom property in an
 * @page margin box), for as long as the calling view is mounted.
 */
export function usePrintFooter(text: string) {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty(PROPERTY, cssString(text));
    return () => {
      root.style.removeProperty(PROPERTY);
    };
  }, [text]);
}
