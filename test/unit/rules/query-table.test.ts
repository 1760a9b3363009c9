/**
 * Ownership in the compiled watchlists is kept where it is declared, so a large set named by many
 * terms costs their sum, not their product (a 2,000-word set named by 2,000 terms took 25 s to
 * build when every term owned every phrase of the set), and candidates are still exact.
 */
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../electron/core/rules/query'
import { QueryTable } from '../../../electron/core/rules/query-table'
import { resolveTermSets } from '../../../electron/core/rules/term-sets'

const words = (n: number, stem: string): string[] => Array.from({ length: n }, (_, i) => `${stem}${'بتثجحخدذرزسشصضطظعغفقك'[i % 20]}${i}`)

describe('QueryTable', () => {
  it('keeps ownership linear: a set of N words named by M terms holds N + M entries', () => {
    const sets = resolveTermSets([{ name: 'big', terms: words(2_000, 'كلمة') }])
    const table = new QueryTable()
    for (let t = 0; t < 2_000; t++) table.compile(parseQuery(`@big OR قرية${t}`, sets), t)
    // 2,000 set phrases owned by the set, 2,000 terms naming it, 2,000 phrases of their own.
    expect(table.ownershipEntries).toBe(6_000)
  })

  it('names as candidates exactly the terms holding a found phrase, through nested sets', () => {
    const sets = resolveTermSets([
      { name: 'inner', terms: ['داعش'] },
      { name: 'outer', terms: ['@inner', 'القاعدة'] },
    ])
    const table = new QueryTable()
    table.compile(parseQuery('@outer', sets), 0)
    table.compile(parseQuery('@inner AND هجوم', sets), 1)
    table.compile(parseQuery('مؤتمر', sets), 2)
    table.compile(parseQuery('@outer', sets)) // an exclude owns nothing
    // The phrase id of a one-word phrase, by its normalized word.
    const idOf = (word: string): number => table.phraseTrie.next.get(table.index.lookup(word)[0])?.ends[0] ?? -1
    expect([...table.candidates([idOf('داعش')], 3)]).toEqual([1, 1, 0])
    expect([...table.candidates([idOf('القاعده')], 3)]).toEqual([1, 0, 0])
    expect([...table.candidates([idOf('موتمر')], 3)]).toEqual([0, 0, 1])
  })

  it('keeps one phrase for the same words written in many queries, owned by each of them', () => {
    const table = new QueryTable()
    table.compile(parseQuery('اعتقال', new Map()), 0)
    table.compile(parseQuery('اعتقال OR "حملة اعتقالات"', new Map()), 1)
    table.compile(parseQuery('اعتقال NEAR/3 متهمين', new Map()), 2)
    table.compile(parseQuery('=اعتقال', new Map()), 3) // its exact form only: another phrase
    // اعتقال once; «حملة اعتقالات»، متهمين and =اعتقال are phrases of their own.
    expect(table.phraseCount).toBe(4)
    const [affixed] = table.index.lookup('واعتقال') // not the exact form's word
    const id = table.phraseTrie.next.get(affixed)?.ends[0] ?? -1
    expect([...table.candidates([id], 4)]).toEqual([1, 1, 1, 0])
  })
})
