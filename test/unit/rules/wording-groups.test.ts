import { describe, expect, it } from 'vitest'
import { flagged } from '../../support/default-watchlists'

/**
 * Names of armed groups the default watchlists read, or read as something else, and what is charged
 * of groups (running, joining, financing them): each pinned when a class of them was fixed.
 */
describe('default watchlists on wording: named groups and what is charged of them', () => {
  it('«القاعدة» of a fan base, an industry or a ruling is no group, though a club called الشباب is in the sentence', () => {
    expect(flagged('ووعد رئيس نادي الشباب بإعادة القاعدة الجماهيرية العريضة إلى المدرجات.')).toEqual([])
    expect(flagged('وتسعى الحكومة إلى توسيع القاعدة الصناعية بعد تراجع صادرات الشباب من العمال المهرة.')).toEqual([])
    // The group itself, beside the same club's name, still counts.
    expect(flagged('وقال الجيش إن مقاتلي حركة الشباب المرتبطة بتنظيم القاعدة هاجموا قاعدة قرب مقديشو.')).toContain('named-groups')
  })

  it('«حزب إيران» in Lebanon is Hezbollah by its opponents’ epithet; a party in Iran is not', () => {
    expect(flagged('وكانت الشحنة ستنقل عبر معابر غير شرعية إلى «حزب إيران» في لبنان.')).toContain('named-groups')
    expect(flagged('وفاز حزب إيران الجديدة بمقاعد في الانتخابات البلدية في طهران.')).not.toContain('named-groups')
  })

  it('«ما يسمى الدولة الإسلامية» in a statement is the group; the idea of an Islamic state in a book is not', () => {
    expect(flagged('وقالت الوزارة إنه كان يدير معرفات تروج لأدبيات ما يسمى الدولة الإسلامية وتستقطب صغار السن.')).toContain('named-groups')
    expect(flagged('ويناقش الكتاب مفهوم الدولة الإسلامية في الفكر السياسي الحديث عند رواد النهضة.')).not.toContain('named-groups')
  })

  it('the charge of running, joining or financing a banned group is about terrorism; a ban on fireworks is not', () => {
    expect(flagged('ووجهت النيابة إلى المتهمين تهم إدارة جماعة محظورة الغرض منها تعطيل أحكام الدستور واستخدام القوة والانضمام إليها وتمويلها.')).toContain('counter-terrorism')
    expect(flagged('وقررت الوزارة حظر استيراد الألعاب النارية وإدارة المحال غير المرخصة.')).not.toContain('counter-terrorism')
  })

  it('financing armed groups is terrorism financing, told without its name; funding cultural groups is not', () => {
    expect(flagged('وتعلم المشاركون تتبع التبرعات التي تنقل عبر وسطاء الحوالة لتمويل جماعات مسلحة في الخارج.')).toContain('counter-terrorism')
    expect(flagged('وخصصت الحكومة تمويلاً للجمعيات الأهلية والجماعات الثقافية المسجلة.')).not.toContain('counter-terrorism')
  })
})
