/**
 * A modal confirmation step on the native `<dialog>`: the browser traps focus, Escape
 * cancels, and the page behind is inert. Cancel takes the focus when it opens (the safe
 * choice for a destructive action), and focus goes back to where it was when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A confirm/cancel dialog, open while `open` is true. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) {
      d.close();
      returnTo.current?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="widget-dialog not-content"
      aria-labelledby={titleId}
      aria-describedby={children ? textId : undefined}
      onCancel={(event) => {
        // Escape: let React's state close the dialog, so `open` and the DOM never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="widget-dialog-title">
        {title}
      </h2>
      {children ? (
        <div id={textId} className="widget-dialog-body">
          {children}
        </div>
      ) : null}
      <div className="widget-actions">
        <button type="button" ref={cancel} className="guide-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="guide-button guide-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
