import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface AlertDialogProps {
  title: string;
  isOpen: boolean;
  onDismiss: () => void;
  children: ReactNode;
  actions: ReactNode;
  /** A plain dialog shows something (a preview) instead of asking a question. */
  role?: 'alertdialog' | 'dialog';
}

/**
 * A modal question that needs an answer before the work goes on (leave with unsaved changes,
 * someone else saved first, delete for good). Focus, Escape and screen-reader semantics come from
 * react-aria; Escape means "no".
 */
export function AlertDialog({ title, isOpen, onDismiss, children, actions, role = 'alertdialog' }: AlertDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} isDismissable onOpenChange={(open) => !open && onDismiss()}>
      <Modal className="modal">
        <Dialog role={role} className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
          <div className="dialog-actions">{actions}</div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
