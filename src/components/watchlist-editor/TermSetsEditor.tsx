import type { MarsadClient } from '../../api/client'
import { newSet, replaceSet, type Draft } from '../../lib/watchlist-draft'
import { QueryRows } from './QueryRows'

interface Props {
  readonly client: MarsadClient
  readonly draft: Draft
  readonly setsJson: string
  readonly onChange: (draft: Draft) => void
  readonly error?: { readonly setKey?: string; readonly rowKey?: string; readonly text: string } | null
}

/** Named term sets (`@name` in any query): create, rename, delete, and their members as rows. */
export function TermSetsEditor({ client, draft, setsJson, onChange, error }: Props) {
  return (
    <section className="wl-form" data-testid="term-sets" aria-label="مجموعات المصطلحات">
      <p className="rows__hint">
        مجموعة المصطلحات قائمة استعلامات يستعملها أي استعلام باسمها بعد @ (مثل <bdi dir="ltr">@armed-groups</bdi>)، فيُضاف الاسم البديل مرة واحدة لكل القوائم.
        الاسم حروف لاتينية صغيرة وأرقام و- و_. تغيير الاسم لا يغيّر الاستعلامات التي تستعمله.
      </p>
      {draft.sets.map((set) => (
        <div key={set.key} className="term-set" data-testid="term-set">
          <div className="term-set__head">
            <label className="field">
              <span className="field__label">اسم المجموعة</span>
              <input
                className="field__input"
                dir="ltr"
                data-testid="term-set-name"
                value={set.name}
                onChange={(e) => onChange(replaceSet(draft, { ...set, name: e.target.value }))}
              />
            </label>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="term-set-delete"
              onClick={() => onChange({ ...draft, sets: draft.sets.filter((s) => s.key !== set.key) })}
            >
              حذف المجموعة
            </button>
          </div>
          {error?.setKey === set.key && !error.rowKey && (
            <p className="feed__error" role="alert">
              {error.text}
            </p>
          )}
          <QueryRows
            client={client}
            setsJson={setsJson}
            rowError={error?.setKey === set.key ? error : null}
            rows={set.members}
            onChange={(members) => onChange(replaceSet(draft, { ...set, members }))}
            legend={`أعضاء @${set.name}`}
            itemLabel="العضو"
            addLabel="إضافة عضو"
            testId="member"
          />
        </div>
      ))}
      <button type="button" className="button button--small" data-testid="term-set-add" onClick={() => onChange({ ...draft, sets: [...draft.sets, newSet(draft)] })}>
        + مجموعة جديدة
      </button>
    </section>
  )
}
