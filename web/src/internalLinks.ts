// Plain links inside the app, followed by the router without a page load. A long table (the board's
// 100 places) renders each link as a bare <a href>, and one handler on the table follows a click:
// a router <Link> per row costs several hooks each, which made the board's first render slow.
import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

/** A click handler for a container of plain app links (`href` starting with "/"): an ordinary
 *  left click navigates in the app; a click with a modifier key (new tab or window) is left to the browser. */
export function useInternalLinks() {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element).closest('a');
      const href = link?.getAttribute('href');
      if (!link || !href?.startsWith('/') || link.target) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}
