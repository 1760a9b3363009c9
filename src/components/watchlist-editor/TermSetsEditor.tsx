import { displaySafe } from '../../../electron/core/text/controls'
import type { MarsadClient } from '../../api/client'
import { newSet, replaceSet, type Draft } from '../../lib/watchlist-draft'
import { ltr } from '../../lib/error-parts'
import { QueryRows } from './QueryRows'

interface Props {
  readonly client: MarsadClient
  readonly draft: Draft
  readonly setsJson: string
  readonly onChange: (draft: Draft) => void
  readonly error?: { readonly setKey?: string; readonly rowKey?: string; readonly text: string } | null
  /** Keys of the sets whose name another set has too (the draft is not saved until it is changed). */
  readonly duplicates?: ReadonlySet<string>
}

/** Named term sets (`@name` in any query): create, rename, delete, and their members as rows. */
export function TermSetsEditor({ client, draft, setsJson, onChange, error, duplicates }: Props) {
  return (
    <section className="wl-form" data-testid="term-sets" aria-label="مجموعات المصطلحات">
      <p className="rows__hint">
        مجموعة المصطلحات قائمة استعلامات يستعملها أي استعلام باسمها بعد @ (مثل <bdi dir="ltr" className="nowrap">@armed-groups</bdi>)، فيُضاف الاسم البديل مرة واحدة لكل القوائم.
        الاسم حروف لاتينية صغيرة وأرقام و- و_. تغيير الاسم لا يغيّر الاستعلامات التي تستعمله.
      </p>
      {draft.sets.map((set) => {
        const duplicate = duplicates?.has(set.key) ?? false
        const nameError = `term-set-name-error-${set.key}`
        return (
          <div key={set.key} className="term-set" data-testid="term-set">
            <div className="term-set__head">
              <label className="field">
                <span className="field__label">اسم المجموعة</span>
                <input
                  className={`field__input${duplicate ? ' query-field__input--bad' : ''}`}
                  dir="ltr"
                  data-testid="term-set-name"
                  aria-invalid={duplicate || undefined}
                  aria-describedby={duplicate ? nameError : undefined}
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
            {duplicate && (
              <p className="feed__error" role="alert" id={nameError} data-testid="term-set-name-error">
                اسم مكرّر: لمجموعة أخرى في المسودة الاسم نفسه «<bdi dir="ltr">{displaySafe(set.name)}</bdi>». في الملف تحلّ إحداهما محل الأخرى فتضيع أعضاؤها، فلا تُحفظ المسودة
                حتى تغيّر أحد الاسمين.
              </p>
            )}
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
              legend={`أعضاء ${ltr(displaySafe(`@${set.name}`))}`}
              itemLabel="العضو"
              addLabel="إضافة عضو"
              testId="member"
            />
          </div>
        )
      })}
      <button type="button" className="button button--small" data-testid="term-set-add" onClick={() => onChange({ ...draft, sets: [...draft.sets, newSet(draft)] })}>
        + مجموعة جديدة
      </button>
    </section>
  )
}
