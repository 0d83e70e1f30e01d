import { useState } from 'preact/hooks';

interface Props {
  text: string;
  label: string;
  /** Said by screen readers and shown briefly after copying. */
  doneMessage: string;
  failedMessage: string;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
  className?: string;
  accessibleLabel?: string;
}

export function CopyButton({ text, label, doneMessage, failedMessage, copy, announce, className, accessibleLabel }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const onClick = async () => {
    const ok = await copy(text);
    setState(ok ? 'done' : 'failed');
    announce(ok ? doneMessage : failedMessage);
    setTimeout(() => setState('idle'), 2500);
  };
  return (
    <button type="button" class={className ?? 'button'} onClick={onClick} aria-label={accessibleLabel}>
      {state === 'done' ? '✓ ' : ''}
      {label}
    </button>
  );
}
