/** A button that copies the address of the current view, which the URL state makes a permalink. */
import { h, type ComponentChild } from 'preact';
import { useState } from 'preact/hooks';

/** Copies `location.href` and says whether it worked. */
export function CopyLinkButton({ label }: { label: string }): ComponentChild {
  const [said, setSaid] = useState('');
  const copy = () => navigator.clipboard.writeText(location.href).then(() => setSaid('Link copied'), () => setSaid('The browser refused the clipboard'));
  return h('button', { type: 'button', class: 'small copy-link', onClick: copy, onBlur: () => setSaid('') }, said || label);
}
