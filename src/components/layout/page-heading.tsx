import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a page. It takes the focus when the page opens after a navigation, so keyboard and
 * screen-reader users start reading at the new content.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (window.history.state?.idx > 0) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
