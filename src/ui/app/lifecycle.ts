import { useKravkitStore } from '../../store';

/** Flush pending saves when the page is hidden or closed, so a killed tab loses nothing. */
export function installPageLifecycle(): void {
  const flush = () => void useKravkitStore.getState().flush();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
  // Ask the browser not to evict the user's work under storage pressure.
  void navigator.storage?.persist?.().catch(() => undefined);
}
