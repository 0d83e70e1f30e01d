import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What to copy; a function where making the text costs something, so it is made only on a click. */
  text: string | (() => string);
  label: string;
  /** The button's text for a few seconds after copying, e.g. "Copied": seen where the eyes are. */
  doneLabel: string;
  /** Said by screen readers and shown in the popup's status line after copying. */
  doneMessage: string;
  failedMessage: string;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
  className?: string;
  accessibleLabel?: string;
}

/** How long the button says "Copied" before it offers to copy again. */
export const COPIED_SHOWN_MS = 2500;

export function CopyButton({ text, label, doneLabel, doneMessage, failedMessage, copy, announce, className, accessibleLabel }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const onClick = async () => {
    const ok = await copy(typeof text === 'function' ? text() : text);
    setState(ok ? 'done' : 'failed');
    announce(ok ? doneMessage : failedMessage);
  };
  return (
    <button type="button" class={`${className ?? 'button'}${state === 'done' ? ' copied' : ''}`} onClick={onClick} aria-label={accessibleLabel}>
      {state === 'done' ? `✓ ${doneLabel}` : label}
    </button>
  );
}
