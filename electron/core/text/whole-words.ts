/**
 * Whole words that only look like a watchlist word plus an ending, in normalized form (after any
 * proclitic): أمنيات is "wishes", not أمني + ات; حماسة is "enthusiasm", not حماس + ه. Such a token
 * matches a word only when it is that word as written, never by taking an ending off.
 */
import { words } from './tokenize'

const LIST = [
  // أمنية "wish" and its plural, with pronouns: never أمن / أمني + an ending.
  'أمنيات', 'أمنياته', 'أمنياتها', 'أمنياتهم', 'أمنياتنا', 'أمنياتي', 'أمنياتك', 'أمنياتكم',
  'أمنيتي', 'أمنيته', 'أمنيتها', 'أمنيتهم', 'أمنيتنا', 'أمنيتك', 'أمنيتكم',
  // حماسة "enthusiasm", حماسي "enthusiastic": never حماس + an ending.
  'حماسة', 'حماسي', 'حماسية', 'حماسيا', 'حماسها', 'حماسهم', 'حماسنا', 'حماسه', 'حماسك', 'حماسكم', 'حماسيين',
  // شبابيك "windows": never شباب + ي + ك.
  'شبابيك', 'شبابيكها', 'شبابيكهم',
]

export const WHOLE_WORDS: ReadonlySet<string> = new Set(LIST.map((w) => words(w).join(' ')))
