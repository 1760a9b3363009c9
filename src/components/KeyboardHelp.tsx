import { useModalDialog } from '../hooks/useModalDialog'
import { SHORTCUTS } from '../lib/shortcuts'

const KEY_NAMES: Readonly<Record<string, string>> = { ArrowDown: '↓', ArrowUp: '↑' }

/** The list of keys («?»): a modal dialog, closed by Escape or its button; focus returns where it was. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog()
  return (
    <dialog ref={ref} className="dialog" data-testid="keyboard-help" aria-labelledby="keys-heading" onClose={onClose}>
      <div className="dialog__form">
        <h2 id="keys-heading" className="dialog__heading">
          مفاتيح الاختصار
        </h2>
        <table className="keys">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((key) => (
                    <kbd key={key}>{KEY_NAMES[key] ?? key}</kbd>
                  ))}
                </td>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog" className="dialog__actions">
          <button type="submit" className="button button--primary" autoFocus>
            إغلاق
          </button>
        </form>
      </div>
    </dialog>
  )
}
