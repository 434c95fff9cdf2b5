import { useId, useMemo } from 'react';
import { useTranslation } from '../i18n';
import { parseLinkedText, type TextPart } from '../domain';
import './text-links.css';

type Found = Exclude<TextPart, { kind: 'text' }>;

/**
 * The web addresses and ITU document symbols a text holds, once each: the addresses as links that
 * open in a new tab, the symbols highlighted. Nothing of the text is rendered as markup.
 */
export function TextLinks({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const found = useMemo(() => {
    const unique = new Map<string, Found>();
    for (const part of parseLinkedText(text)) if (part.kind !== 'text') unique.set(`${part.kind}:${part.text}`, part);
    return [...unique];
  }, [text]);
  if (found.length === 0) return null;
  return (
    <div className="text-links">
      <p id={id} className="text-links__label">
        {label}
      </p>
      <ul className="text-links__list" aria-labelledby={id}>
        {found.map(([key, part]) => (
          // Addresses and symbols read left to right inside right-to-left text.
          <li key={key} dir="ltr">
            {part.kind === 'link' ? (
              <a href={part.href} target="_blank" rel="noopener noreferrer">
                {part.text}
                <span className="visually-hidden"> ({t('links.newTab')})</span>
              </a>
            ) : (
              <span className="text-links__symbol">
                <span className="visually-hidden">{t('links.symbol')} </span>
                {part.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
