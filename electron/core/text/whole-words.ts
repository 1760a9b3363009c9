/**
 * Whole words that only look like a watchlist word plus an ending, in normalized form (after any
 * proclitic): أمنيات is "wishes", not أمني + ات; حماسة is "enthusiasm", not حماس + ه. Such a token
 * matches a word only when it is that word as written, never by taking an ending off, and an
 * =exact word's agreement forms never include one.
 */
import { PRONOUNS } from './affixes'
import { words } from './tokenize'

const WITH_PRONOUNS = PRONOUNS
const PRONOUN_ONLY = PRONOUNS.filter((p) => p !== '')

/** [stem, the pronoun endings it takes]: each stem with each ending is a whole word. */
const STEMS: readonly (readonly [string, readonly string[]])[] = [
  // أمنية "wish": its plural and its construct forms, never أمن / أمني + an ending.
  ['أمنيات', WITH_PRONOUNS],
  ['أمنيت', PRONOUN_ONLY],
  // حماسة "enthusiasm", حماسي "enthusiastic": never حماس + an ending.
  ['حماسة', ['']],
  ['حماسات', WITH_PRONOUNS],
  ['حماست', PRONOUN_ONLY],
  ['حماس', PRONOUN_ONLY],
  ['حماسي', ['', 'ة', 'ا', 'ون', 'ين', 'ات']],
  // شبابيك "windows": never شباب + ي + ك.
  ['شبابيك', WITH_PRONOUNS],
  // مباحثات "talks": never المباحث (the criminal investigation police) + ات.
  ['مباحثات', WITH_PRONOUNS],
  // رحلة "a trip, a flight" (folded رحله): never the verb رحّل "to deport" + ه, which it is spelled as
  // without harakat; the trip is by far the commoner reading. Only the bare form: رحلته is as often
  // رحّلته "she deported him" as "his trip", and a deportation is worth finding.
  ['رحلة', ['']],
  // دولة "a state" (folded دوله): never دول "states" + ة — «أراضي الدولة» is one state, not several.
  ['دولة', ['']],
  // دولي "international" (مطار القاهرة الدولي، المجتمع الدولي): never دول "states" + the nisba. Being
  // whole, its forms match only as written: a query names the one it wants (الدولية، دوليين).
  ['دولي', ['', 'ة', 'ا', 'ون', 'ين', 'ات']],
  // دورية "a patrol", دوريات "patrols" (الدوريات الليلية): never the league دوري + an ending, which
  // made a farm story's night patrols read as football.
  ['دورية', ['']],
  ['دوريات', WITH_PRONOUNS],
  // رسمي "official" (التلفزيون الرسمي، زيارة رسمية): never رسم "drawing" + the nisba, which made an
  // army's official statement a drawing course.
  ['رسمي', ['', 'ة', 'ا', 'ون', 'ين', 'ات']],
  // رئة "a lung", رئوي "pulmonary" (الإنعاش القلبي الرئوي): folded, never الري "irrigation" + an ending,
  // which made a first-aid course a farming one.
  ['رئة', ['']],
  ['رئت', PRONOUN_ONLY],
  ['رئتين', ['']],
  ['رئوي', ['', 'ة', 'ا', 'ين', 'ات']],
  // كابلات "cables" (حماية الكابلات البحرية): never Kabul + the plural, which made a forum's session on
  // undersea cables a second country.
  ['كابلات', WITH_PRONOUNS],
  // مرضية "satisfying" (نتائج مرضية) or "pathological": never مرضى "patients" + an ending.
  ['مرضية', ['']],
  ['مرضيا', ['']],
]

export const WHOLE_WORDS: ReadonlySet<string> = new Set(STEMS.flatMap(([stem, endings]) => endings.map((e) => words(stem + e).join(' '))))
