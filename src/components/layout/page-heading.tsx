import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The h1 of a page. It takes the focus when the page opens after a navigation, so keyboard and
 * screen-reader users start reading at the new content, and it names the browser tab (and the
 * history entry a screen reader announces) in the page's language.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (window.history.state?.idx > 0) heading.current?.focus();
  }, []);
  // After every render: the heading's text changes with the page's data and language.
  useEffect(() => {
    const text = heading.current?.textContent?.trim();
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name');
  });
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
