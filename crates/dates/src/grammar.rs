//! The date grammar: named rules over the items of one sentence.
//!
//! Each rule reads a short pattern of items (numbers, table words, cues,
//! punctuation) starting at one item and says what it means as an
//! [`Expr`], before any anchoring on the publication date. At each item
//! every rule is tried; the longest match wins (ties go to the rule listed
//! first in `Grammar::RULES`) and reading resumes after it.
//!
//! | rule          | pattern (brackets = optional)                                  | example                   |
//! |---------------|----------------------------------------------------------------|---------------------------|
//! | numeric_date  | D/M/YYYY, D-M-YYYY, D.M.YYYY, YYYY-MM-DD (no spaces)           | `12/3/2024`               |
//! | day_month     | DAY [من] MONTH [[من] [عام] YEAR] [QUAL]                          | `20 من آب`, `28 آب الماضي` |
//! | day_month     | DAY [من] (الشهر الجاري\|هذا الشهر\|الشهر الماضي)                | `الثاني من الشهر الجاري`  |
//! | day_range     | [بين\|من] DAY (و\|إلى\|حتى\|-) DAY [من] MONTH [YEAR]             | `بين 10 و12 آذار`          |
//! | day_range     | (بين\|من) DAY MONTH (و\|إلى\|حتى\|-) DAY MONTH [YEAR], across months and years | `من 28 كانون الأول حتى 3 كانون الثاني` |
//! | month_range   | (بين\|من) [شهر] MONTH (و\|إلى\|حتى\|-) MONTH [YEAR\|QUAL]: the year is both months' | `بين آذار وأيار 2019` |
//! | month_part    | PART [شهر] MONTH [YEAR] [QUAL]; PART الشهر QUAL                  | `منتصف ديسمبر`            |
//! | year_part     | PART [عام] YEAR; PART العام QUAL; PART هذا العام                  | `أواخر العام الماضي`      |
//! | month_year    | [شهر] MONTH [من] [عام] YEAR                                      | `آذار/مارس 2024`          |
//! | month         | [شهر] MONTH [QUAL], with a cue (شهر, QUAL, pairing, في/منذ)      | `منذ تموز الماضي`         |
//! | year          | عام YEAR; (YEAR); في/منذ/حتى YEAR; YEAR م                        | `عام 2015`, `(2020)`      |
//! | hijri         | DAY HMONTH [HYEAR [هـ]]; HMONTH HYEAR; HYEAR هـ                  | `15 رمضان 1445`           |
//! | hijri         | شهر HMONTH [QUAL]; HMONTH QUAL: the Hijri year from publication   | `خلال شهر رمضان`, `غرة رمضان` |
//! | relative_day  | [يوم\|صباح\|مساء] (أمس\|أول أمس\|غداً); صباح اليوم                  | `يوم أمس`                 |
//! | weekday       | [يوم] WEEKDAY [QUAL]                                             | `الجمعة قبل الفائت`       |
//! | relative_unit | (الأسبوع\|الشهر\|العام) QUAL; هذا (الشهر\|العام)                   | `الشهر الماضي`            |
//! | ago           | (قبل\|منذ) COUNT UNIT, not followed by من                         | `قبل ثلاثة أيام`          |
//! | sequel        | [صباح] (اليوم التالي\|اليوم السابق\|اليوم نفسه): from the day dated before | `في اليوم التالي`   |
//!
//! MONTH is a month name alone or paired with its other name
//! (`حزيران/يونيو`, `آب (أغسطس)`, `يونيو حزيران`).
//!
//! # What stays quiet
//!
//! A day and month after a name head (`قوى 14 آذار`), a bare number
//! (`الـ20`, `M4`), a month name with no cue (`مارس` is also a verb), a
//! Hijri month without a day, a year, شهر or a qualifier (`رمضان` is also a name), durations (`خلال أسبوع`, `لمدة عامين`: no
//! rule reads خلال/لمدة + unit) and vague words (`قبل أيام` has no count).

use crate::lexicon::{Role, Unit, Word};
use crate::tokens::{Item, Kind};

/// What an expression says, before anchoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expr {
    Day {
        y: Option<i32>,
        m: u8,
        d: u8,
        qual: Option<i8>,
    },
    Month {
        y: Option<i32>,
        m: u8,
        qual: Option<i8>,
    },
    Year {
        y: i32,
    },
    /// Days from (month, day) to (month, day) of year `y`; when `from` comes after `to` in the
    /// calendar, `from` is in the year before (`من 28 كانون الأول حتى 3 كانون الثاني`).
    Days {
        y: Option<i32>,
        from: (u8, u8),
        to: (u8, u8),
        qual: Option<i8>,
    },
    MonthPart {
        part: u8,
        y: Option<i32>,
        m: u8,
        qual: Option<i8>,
    },
    RelMonthPart {
        part: u8,
        offset: i8,
    },
    YearPart {
        part: u8,
        y: i32,
    },
    RelYearPart {
        part: u8,
        offset: i8,
    },
    HijriDay {
        y: Option<i32>,
        m: u8,
        d: u8,
    },
    HijriMonth {
        y: Option<i32>,
        m: u8,
        qual: Option<i8>,
    },
    /// Whole months from `from` to `to` of year `y` (`بين آذار وأيار 2019`); a `from` after `to`
    /// is in the year before, as for [`Expr::Days`].
    Months {
        y: Option<i32>,
        from: u8,
        to: u8,
        qual: Option<i8>,
    },
    HijriYear {
        y: i32,
    },
    RelDay {
        offset: i8,
    },
    /// A day relative to the day the text dated before it (اليوم التالي).
    Sequel {
        offset: i8,
    },
    /// A day of a month named relative to publication (الخامس من الشهر الجاري).
    RelMonthDay {
        d: u8,
        offset: i8,
    },
    Weekday {
        weekday: u8,
        qual: Option<i8>,
    },
    RelUnit {
        unit: Unit,
        offset: i8,
    },
    Ago {
        unit: Unit,
        n: u32,
    },
}

/// One match: items `start..end` of the sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Parse {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub rule: &'static str,
    /// The table id of the main word, for the anchor.
    pub id: Option<u16>,
    /// A day-precision parse right after this weekday that names the same day.
    pub apposition: Option<usize>,
}

/// Reads the items of one sentence.
pub(crate) struct Grammar<'a, 'l> {
    items: &'a [Item<'l>],
}

struct MonthMatch {
    end: usize,
    month: u8,
    hijri: bool,
    ambiguous: bool,
    paired: bool,
    id: u16,
}

impl<'a, 'l> Grammar<'a, 'l> {
    /// The rules in priority order (ties in length go to the earlier one).
    #[allow(clippy::type_complexity)]
    const RULES: [(&'static str, fn(&Self, usize) -> Option<Parse>); 16] = [
        ("numeric_date", Self::numeric_date),
        ("hijri", Self::hijri),
        ("day_range", Self::day_range),
        ("month_range", Self::month_range),
        ("day_month", Self::day_month),
        ("week_of_month", Self::week_of_month),
        ("month_part", Self::month_part),
        ("year_part", Self::year_part),
        ("month_year", Self::month_year),
        ("month", Self::month),
        ("year", Self::year),
        ("relative_day", Self::relative_day),
        ("weekday", Self::weekday),
        ("relative_unit", Self::relative_unit),
        ("ago", Self::ago),
        ("sequel", Self::sequel),
    ];

    pub(crate) fn new(items: &'a [Item<'l>]) -> Self {
        Grammar { items }
    }

    /// Every expression in the sentence, left to right, without overlaps.
    pub(crate) fn parse(&self, out: &mut Vec<Parse>) {
        out.clear();
        let mut i = 0;
        while i < self.items.len() {
            let mut best: Option<Parse> = None;
            if self.could_start(i) {
                for (name, rule) in Self::RULES {
                    if let Some(mut p) = rule(self, i) {
                        p.rule = name;
                        if best.as_ref().is_none_or(|b| p.end > b.end) {
                            best = Some(p);
                        }
                    }
                }
            }
            match best {
                Some(p) => {
                    i = p.end.max(i + 1);
                    out.push(p);
                }
                None => i += 1,
            }
        }
        self.merge_ranges(out);
        self.mark_appositions(out);
    }

    /// Cheap filter: only numbers and table words can start a rule.
    fn could_start(&self, i: usize) -> bool {
        matches!(self.items[i].kind, Kind::Num { .. } | Kind::Words(_))
    }

    fn item(&self, i: usize) -> Option<&Item<'l>> {
        self.items.get(i)
    }

    fn words(&self, i: usize) -> &'l [Word] {
        self.item(i).map(Item::words).unwrap_or(&[])
    }

    fn role(&self, i: usize, role: Role) -> bool {
        self.item(i).is_some_and(|it| it.has_role(role))
    }

    fn prev_role(&self, i: usize, role: Role) -> bool {
        i > 0 && self.role(i - 1, role)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.item(i).is_some_and(|it| it.is_punct(c))
    }

    fn glued(&self, i: usize) -> bool {
        self.item(i).is_some_and(|it| !it.space_before)
    }

    fn month_word(&self, i: usize) -> Option<(u8, bool, bool, u16)> {
        self.words(i).iter().find_map(|w| match *w {
            Word::Month { month, hijri, ambiguous, id } => Some((month, hijri, ambiguous, id)),
            _ => None,
        })
    }

    /// A month name, alone or paired with its other name.
    fn month_at(&self, i: usize) -> Option<MonthMatch> {
        let (month, hijri, ambiguous, id) = self.month_word(i)?;
        let same = |j: usize| self.month_word(j).is_some_and(|(m, h, ..)| m == month && h == hijri);
        let mut end = i + 1;
        let mut paired = false;
        if (self.punct(i + 1, '/') || self.punct(i + 1, '-')) && same(i + 2) {
            end = i + 3;
            paired = true;
        } else if self.punct(i + 1, '(') && same(i + 2) && self.punct(i + 3, ')') {
            end = i + 4;
            paired = true;
        } else if same(i + 1) {
            end = i + 2;
            paired = true;
        }
        Some(MonthMatch { end, month, hijri, ambiguous, paired, id })
    }

    /// Where a month name starts at `i`, skipping a شهر before it.
    fn month_start(&self, i: usize) -> usize {
        if self.role(i, Role::MonthWord) && self.month_word(i + 1).is_some() {
            i + 1
        } else {
            i
        }
    }

    /// A four-digit number (and its end) in `range`.
    fn four_digits(&self, i: usize, range: std::ops::RangeInclusive<u32>) -> Option<(usize, u32)> {
        let (v, digits) = self.item(i)?.num()?;
        if digits != 4 || !range.contains(&v) {
            return None;
        }
        // 2024/2025, 2024-12 and 12:30 are other things.
        let joined =
            self.glued(i + 1) && ['/', '-', '.', ':', '%', ','].iter().any(|c| self.punct(i + 1, *c));
        if joined && self.item(i + 2).is_some_and(|it| it.num().is_some()) {
            return None;
        }
        Some((i + 1, v))
    }

    /// A Gregorian year after a month: [من] [عام] YYYY [م].
    fn year_at(&self, mut i: usize) -> Option<(usize, i32)> {
        if self.role(i, Role::Of) {
            i += 1;
        }
        if self.role(i, Role::YearWord) {
            i += 1;
        }
        let (mut end, y) = self.four_digits(i, 1000..=2100)?;
        if self.role(end, Role::AdMarker) {
            end += 1;
        }
        Some((end, y as i32))
    }

    /// A Hijri year: [عام] YYYY [هـ], 1300..=1600.
    fn hijri_year_at(&self, mut i: usize) -> Option<(usize, i32, bool)> {
        if self.role(i, Role::YearWord) {
            i += 1;
        }
        let (mut end, y) = self.four_digits(i, 1300..=1600)?;
        let marked = self.role(end, Role::HijriMarker);
        if marked {
            end += 1;
        }
        Some((end, y as i32, marked))
    }

    fn qual_at(&self, i: usize) -> Option<(usize, i8)> {
        self.words(i).iter().find_map(|w| match *w {
            Word::Qual { offset, .. } => Some((i + 1, offset)),
            _ => None,
        })
    }

    /// A day of the month: a number 1..=31 of at most two digits, or an ordinal word.
    fn day_at(&self, i: usize) -> Option<(usize, u8)> {
        let it = self.item(i)?;
        if let Some((v, digits)) = it.num() {
            if digits > 2 || !(1..=31).contains(&v) {
                return None;
            }
            // 10:30, 3.5, 12/3 belong to other patterns.
            if self.glued(i + 1) && [':', '.', '/', ','].iter().any(|c| self.punct(i + 1, *c)) {
                return None;
            }
            return Some((i + 1, v as u8));
        }
        self.words(i).iter().find_map(|w| match *w {
            Word::Ordinal { value } => Some((i + 1, value)),
            _ => None,
        })
    }

    fn mk(start: usize, end: usize, expr: Expr, id: Option<u16>) -> Parse {
        Parse { start, end, expr, rule: "", id, apposition: None }
    }

    fn numeric_date(&self, i: usize) -> Option<Parse> {
        let (a, da) = self.item(i)?.num()?;
        let sep = match self.item(i + 1)?.kind {
            Kind::Punct(c @ ('/' | '-' | '.')) => c,
            _ => return None,
        };
        let (b, db) = self.item(i + 2)?.num()?;
        let (c, dc) = self.item(i + 3).filter(|it| it.is_punct(sep)).and(self.item(i + 4))?.num()?;
        if (1..=4).any(|k| self.item(i + k).is_none_or(|it| it.space_before)) {
            return None;
        }
        // Part of a longer chain (an IP address, a version number).
        if self.punct(i + 5, sep)
            && self.glued(i + 5)
            && self.item(i + 6).is_some_and(|it| it.num().is_some())
        {
            return None;
        }
        let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
            (a, b, c)
        } else if dc == 4 && da <= 2 && db <= 2 {
            (c, b, a)
        } else {
            return None;
        };
        if !(1900..=2100).contains(&y) || crate::calendar::day(y as i32, m as u8, d as u8).is_none() {
            return None;
        }
        Some(Self::mk(i, i + 5, Expr::Day { y: Some(y as i32), m: m as u8, d: d as u8, qual: None }, None))
    }

    fn hijri(&self, i: usize) -> Option<Parse> {
        // DAY HMONTH [HYEAR]
        if let Some((j, d)) = self.day_at(i) {
            let j = if self.role(j, Role::Of) { j + 1 } else { j };
            if let Some(mm) = self.month_at(self.month_start(j)).filter(|m| m.hijri) {
                return Some(match self.hijri_year_at(mm.end) {
                    Some((end, y, _)) => {
                        Self::mk(i, end, Expr::HijriDay { y: Some(y), m: mm.month, d }, Some(mm.id))
                    }
                    None => Self::mk(i, mm.end, Expr::HijriDay { y: None, m: mm.month, d }, Some(mm.id)),
                });
            }
        }
        // [شهر] HMONTH HYEAR; شهر HMONTH [QUAL]; HMONTH QUAL (Hijri month names are also person
        // names: without a year they need شهر or a qualifier).
        let j = self.month_start(i);
        if let Some(mm) = self.month_at(j).filter(|m| m.hijri) {
            if let Some((end, y, _)) = self.hijri_year_at(mm.end) {
                let expr = Expr::HijriMonth { y: Some(y), m: mm.month, qual: None };
                return Some(Self::mk(i, end, expr, Some(mm.id)));
            }
            let (end, qual) = match self.qual_at(mm.end) {
                Some((e, q)) => (e, Some(q)),
                None => (mm.end, None),
            };
            let cued = j > i || qual.is_some();
            let expr = Expr::HijriMonth { y: None, m: mm.month, qual };
            return cued.then(|| Self::mk(i, end, expr, Some(mm.id)));
        }
        // [عام] HYEAR هـ
        let (end, y, marked) = self.hijri_year_at(i)?;
        marked.then(|| Self::mk(i, end, Expr::HijriYear { y }, None))
    }

    fn day_month(&self, i: usize) -> Option<Parse> {
        let (j, d) = self.day_at(i)?;
        let j = if self.role(j, Role::Of) { j + 1 } else { j };
        let Some(mm) = self.month_at(self.month_start(j)).filter(|m| !m.hijri) else {
            // DAY [من] الشهر الجاري / هذا الشهر / الشهر الماضي
            let (end, unit, offset) = self.relative_unit_at(j)?;
            return (unit == Unit::Month).then(|| Self::mk(i, end, Expr::RelMonthDay { d, offset }, None));
        };
        if let Some((end, y)) = self.year_at(mm.end) {
            return Some(Self::mk(i, end, Expr::Day { y: Some(y), m: mm.month, d, qual: None }, Some(mm.id)));
        }
        // A day and month without a year after a name head is a name (قوى 14 آذار).
        if self.prev_role(i, Role::NameHead) {
            return None;
        }
        let (end, qual) = match self.qual_at(mm.end) {
            Some((e, q)) => (e, Some(q)),
            None => (mm.end, None),
        };
        Some(Self::mk(i, end, Expr::Day { y: None, m: mm.month, d, qual }, Some(mm.id)))
    }

    /// الأسبوع الثاني من (شهر) شباط: a week of a named month. The format has no
    /// week precision, so it is the month; without this rule the ordinal
    /// would read as the second day of the month.
    fn week_of_month(&self, i: usize) -> Option<Parse> {
        let (unit, count, definite) = self.unit_at(i)?;
        if unit != Unit::Week || count != 1 || !definite {
            return None;
        }
        let week = self.words(i + 1).iter().find_map(|w| match *w {
            Word::Ordinal { value } => Some(value),
            _ => None,
        })?;
        if !(1..=5).contains(&week) {
            return None;
        }
        let j = if self.role(i + 2, Role::Of) { i + 3 } else { i + 2 };
        let mm = self.month_at(self.month_start(j)).filter(|m| !m.hijri)?;
        let (end, y, qual) = match self.year_at(mm.end) {
            Some((e, y)) => (e, Some(y), None),
            None => match self.qual_at(mm.end) {
                Some((e, q)) => (e, None, Some(q)),
                None => (mm.end, None, None),
            },
        };
        Some(Self::mk(i, end, Expr::Month { y, m: mm.month, qual }, Some(mm.id)))
    }

    fn day_range(&self, i: usize) -> Option<Parse> {
        let opened = self.role(i, Role::Between) || self.role(i, Role::From);
        let j = if opened { i + 1 } else { i };
        let (k, d1) = self.day_at(j)?;
        let joined = self.role(k, Role::To) || self.punct(k, '-');
        if !joined {
            return None;
        }
        let (k, d2) = self.day_at(k + 1)?;
        let k = if self.role(k, Role::Of) { k + 1 } else { k };
        let mm = self.month_at(self.month_start(k)).filter(|m| !m.hijri)?;
        if d1 >= d2 {
            return None;
        }
        let (end, y, qual) = match self.year_at(mm.end) {
            Some((e, y)) => (e, Some(y), None),
            None => match self.qual_at(mm.end) {
                Some((e, q)) => (e, None, Some(q)),
                None => (mm.end, None, None),
            },
        };
        if y.is_none() && self.prev_role(j, Role::NameHead) {
            return None;
        }
        let expr = Expr::Days { y, from: (mm.month, d1), to: (mm.month, d2), qual };
        Some(Self::mk(if opened { i } else { j }, end, expr, Some(mm.id)))
    }

    /// `بين آذار وأيار 2019`, `من شهر تموز حتى أيلول الماضي`: the year or qualifier after the second
    /// month is both months'. The opening بين or من is required: `شهري آذار ونيسان` names two months.
    fn month_range(&self, i: usize) -> Option<Parse> {
        if !(self.role(i, Role::Between) || self.role(i, Role::From)) {
            return None;
        }
        let first = self.month_at(self.month_start(i + 1)).filter(|m| !m.hijri)?;
        // `وأيار`: a glued و is a clitic of the month item, so the two months are then adjacent.
        let k = first.end;
        let k = if self.role(k, Role::To) || self.punct(k, '-') { k + 1 } else { k };
        let second = self.month_at(self.month_start(k)).filter(|m| !m.hijri)?;
        if second.month == first.month {
            return None;
        }
        let (end, y, qual) = match self.year_at(second.end) {
            Some((e, y)) => (e, Some(y), None),
            None => match self.qual_at(second.end) {
                Some((e, q)) => (e, None, Some(q)),
                None => (second.end, None, None),
            },
        };
        // `بين مارس وأيار` with neither month cued could be a verb: an ambiguous name needs a year,
        // a qualifier or its pairing.
        let cued = y.is_some() || qual.is_some() || !first.ambiguous || first.paired;
        if !cued {
            return None;
        }
        let expr = Expr::Months { y, from: first.month, to: second.month, qual };
        Some(Self::mk(i, end, expr, Some(second.id)))
    }

    fn part_at(&self, i: usize) -> Option<u8> {
        self.words(i).iter().find_map(|w| match *w {
            Word::Part { part, .. } => Some(part),
            _ => None,
        })
    }

    fn unit_at(&self, i: usize) -> Option<(Unit, u8, bool)> {
        let definite = self.item(i)?.definite;
        self.words(i).iter().find_map(|w| match *w {
            Word::Unit { unit, count, .. } => Some((unit, count, definite)),
            _ => None,
        })
    }

    /// (الأسبوع|الشهر|العام) QUAL, or هذا (الشهر|العام): (end, unit, offset).
    fn relative_unit_at(&self, i: usize) -> Option<(usize, Unit, i8)> {
        if self.role(i, Role::This) {
            let (unit, count, definite) = self.unit_at(i + 1)?;
            return (count == 1 && definite && unit != Unit::Day).then_some((i + 2, unit, 0));
        }
        let (unit, count, definite) = self.unit_at(i)?;
        if count != 1 || !definite || unit == Unit::Day {
            return None;
        }
        let (end, offset) = self.qual_at(i + 1)?;
        Some((end, unit, offset))
    }

    fn month_part(&self, i: usize) -> Option<Parse> {
        let part = self.part_at(i)?;
        let j =
            if self.role(i + 1, Role::MonthWord) && self.month_word(i + 2).is_some() { i + 2 } else { i + 1 };
        if let Some(mm) = self.month_at(j).filter(|m| !m.hijri) {
            let (end, y, qual) = match self.year_at(mm.end) {
                Some((e, y)) => (e, Some(y), None),
                None => match self.qual_at(mm.end) {
                    Some((e, q)) => (e, None, Some(q)),
                    None => (mm.end, None, None),
                },
            };
            return Some(Self::mk(i, end, Expr::MonthPart { part, y, m: mm.month, qual }, Some(mm.id)));
        }
        let (end, unit, offset) = self.relative_unit_at(i + 1)?;
        (unit == Unit::Month).then(|| Self::mk(i, end, Expr::RelMonthPart { part, offset }, None))
    }

    fn year_part(&self, i: usize) -> Option<Parse> {
        let part = self.part_at(i)?;
        if let Some((end, y)) = self.year_at(i + 1) {
            return Some(Self::mk(i, end, Expr::YearPart { part, y }, None));
        }
        let (end, unit, offset) = self.relative_unit_at(i + 1)?;
        (unit == Unit::Year).then(|| Self::mk(i, end, Expr::RelYearPart { part, offset }, None))
    }

    fn month_year(&self, i: usize) -> Option<Parse> {
        let mm = self.month_at(self.month_start(i)).filter(|m| !m.hijri)?;
        let (end, y) = self.year_at(mm.end)?;
        Some(Self::mk(i, end, Expr::Month { y: Some(y), m: mm.month, qual: None }, Some(mm.id)))
    }

    fn month(&self, i: usize) -> Option<Parse> {
        let j = self.month_start(i);
        let cued = j > i;
        let mm = self.month_at(j).filter(|m| !m.hijri)?;
        if self.prev_role(i, Role::NameHead) {
            return None;
        }
        let (end, qual) = match self.qual_at(mm.end) {
            Some((e, q)) => (e, Some(q)),
            None => (mm.end, None),
        };
        let intro = self.prev_role(i, Role::Intro);
        // شهري آذار ونيسان, آذار و نيسان: a month joined to a month before it (a glued و is
        // a clitic of the month item, so the two items are then adjacent).
        let joined = (self.prev_role(i, Role::To) && i >= 2 && self.month_word(i - 2).is_some())
            || (i >= 1 && self.month_word(i - 1).is_some_and(|(m, ..)| m != mm.month));
        let ok = cued || qual.is_some() || mm.paired || joined || (intro && !mm.ambiguous);
        ok.then(|| Self::mk(i, end, Expr::Month { y: None, m: mm.month, qual }, Some(mm.id)))
    }

    fn year(&self, i: usize) -> Option<Parse> {
        if self.role(i, Role::YearWord) {
            let (mut end, y) = self.four_digits(i + 1, 1000..=2100)?;
            if self.role(end, Role::AdMarker) {
                end += 1;
            }
            return Some(Self::mk(i, end, Expr::Year { y: y as i32 }, None));
        }
        let (end, y) = self.four_digits(i, 1900..=2100)?;
        if self.role(end, Role::AdMarker) {
            return Some(Self::mk(i, end + 1, Expr::Year { y: y as i32 }, None));
        }
        let parenthesised = self.punct(i.wrapping_sub(1), '(') && self.punct(end, ')');
        // في 2012 و2013, عامي 2014 و2015: a year joined to a year before it.
        let joined = self.prev_role(i, Role::To)
            && i >= 2
            && self
                .item(i - 2)
                .and_then(Item::num)
                .is_some_and(|(v, d)| d == 4 && (1000..=2100).contains(&v));
        let introduced = self.prev_role(i, Role::Intro) || self.prev_role(i, Role::YearWord) || joined;
        // A year is not followed by a counted noun or another number (في 2000 غارة is rare; 2000 عنصر is not).
        let next_is_count = self.item(end).is_some_and(|it| matches!(it.kind, Kind::Num { .. }));
        ((parenthesised || introduced) && !next_is_count)
            .then(|| Self::mk(i, end, Expr::Year { y: y as i32 }, None))
    }

    fn relative_day(&self, i: usize) -> Option<Parse> {
        // في وقت سابق (من) اليوم, في وقت لاحق من هذا الشهر: today or the unit, the span from وقت.
        if self.role(i, Role::EarlierLater) {
            let j = if self.role(i + 1, Role::Of) { i + 2 } else { i + 1 };
            if self.role(j, Role::Today) {
                let weekday = self.words(j + 1).iter().any(|w| matches!(w, Word::Weekday { .. }));
                let end = if weekday { j + 2 } else { j + 1 };
                return Some(Self::mk(i, end, Expr::RelDay { offset: 0 }, None));
            }
            let (end, unit, offset) = self.relative_unit_at(j)?;
            return Some(Self::mk(i, end, Expr::RelUnit { unit, offset }, None));
        }
        let prefixed = self.role(i, Role::DayWord);
        let j = if prefixed { i + 1 } else { i };
        if let Some((offset, id)) = self.words(j).iter().find_map(|w| match *w {
            Word::RelDay { offset, id } => Some((offset, id)),
            _ => None,
        }) {
            return Some(Self::mk(i, j + 1, Expr::RelDay { offset }, Some(id)));
        }
        // صباح اليوم, مساء اليوم: today. A bare اليوم is too often "nowadays".
        let time_of_day = prefixed && !self.role(i, Role::Today) && self.unit_at(i).is_none();
        (time_of_day && self.role(j, Role::Today))
            .then(|| Self::mk(i, j + 1, Expr::RelDay { offset: 0 }, None))
    }

    fn weekday(&self, i: usize) -> Option<Parse> {
        let prefixed = self.role(i, Role::DayWord);
        let mut j = if prefixed { i + 1 } else { i };
        // اليوم (الاثنين)
        let bracketed = prefixed && self.punct(j, '(') && self.punct(j + 2, ')');
        if bracketed {
            j += 1;
        }
        let (weekday, id) = self.words(j).iter().find_map(|w| match *w {
            Word::Weekday { weekday, id } => Some((weekday, id)),
            _ => None,
        })?;
        if bracketed {
            let today = self.role(i, Role::Today);
            return today.then(|| Self::mk(i, j + 2, Expr::RelDay { offset: 0 }, Some(id)));
        }
        if !prefixed && self.prev_role(j, Role::NotWeekday) {
            return None;
        }
        if prefixed && self.role(i, Role::Today) {
            return Some(Self::mk(i, j + 1, Expr::RelDay { offset: 0 }, Some(id)));
        }
        let (end, qual) = match self.qual_at(j + 1) {
            Some((e, q)) => (e, Some(q)),
            None => (j + 1, None),
        };
        // ليل الثلاثاء الأربعاء, ليلة الجمعة - السبت: one night, dated by its first day.
        let end = match self.role(i, Role::Night) && qual.is_none() {
            true => {
                let k = if self.punct(end, '-') || self.punct(end, '/') { end + 1 } else { end };
                let next = self.words(k).iter().find_map(|w| match *w {
                    Word::Weekday { weekday, .. } => Some(weekday),
                    _ => None,
                });
                if next == Some(weekday % 7 + 1) {
                    k + 1
                } else {
                    end
                }
            }
            false => end,
        };
        Some(Self::mk(i, end, Expr::Weekday { weekday, qual }, Some(id)))
    }

    fn sequel(&self, i: usize) -> Option<Parse> {
        let prefixed = self.role(i, Role::DayWord) && !self.role(i, Role::Today);
        let j = if prefixed { i + 1 } else { i };
        self.words(j).iter().find_map(|w| match *w {
            Word::Sequel { offset, id } => Some(Self::mk(i, j + 1, Expr::Sequel { offset }, Some(id))),
            _ => None,
        })
    }

    fn relative_unit(&self, i: usize) -> Option<Parse> {
        let (end, unit, offset) = self.relative_unit_at(i)?;
        Some(Self::mk(i, end, Expr::RelUnit { unit, offset }, None))
    }

    fn ago(&self, i: usize) -> Option<Parse> {
        if !self.role(i, Role::Ago) {
            return None;
        }
        let count = self.words(i + 1).iter().find_map(|w| match *w {
            Word::Cardinal { value } => Some(u32::from(value)),
            _ => None,
        });
        let count = count.or_else(|| {
            let (v, digits) = self.item(i + 1)?.num()?;
            (digits <= 2 && v >= 1).then_some(v)
        });
        let (unit_at, n) = match count {
            Some(n) => (i + 2, n),
            None => (i + 1, 0),
        };
        let (unit, form_count, definite) = self.unit_at(unit_at)?;
        if definite {
            return None;
        }
        let n = match (n, form_count) {
            (0, 0) => return None, // قبل أيام: vague
            (0, c) => u32::from(c),
            (n, 0) => n,
            (n, 1) => n, // قبل 11 عاما uses the singular
            _ => return None,
        };
        let end = unit_at + 1;
        // قبل يوم من الانتخابات counts from an event, not from publication; منذ عام 2011 is a
        // year and منذ شهر تموز a month.
        let of_event = self.role(end, Role::Of);
        if of_event || self.item(end).is_some_and(|it| it.num().is_some()) || self.month_word(end).is_some() {
            return None;
        }
        Some(Self::mk(i, end, Expr::Ago { unit, n }, None))
    }

    /// `من 28 شباط إلى 3 آذار`: two days joined by a range cue become one range.
    fn merge_ranges(&self, out: &mut Vec<Parse>) {
        let mut k = 0;
        while k + 1 < out.len() {
            let (a, b) = (out[k], out[k + 1]);
            let opened =
                a.start > 0 && (self.role(a.start - 1, Role::Between) || self.role(a.start - 1, Role::From));
            let joined = b.start == a.end + 1 && (self.role(a.end, Role::To) || self.punct(a.end, '-'));
            if let (
                true,
                true,
                Expr::Day { y: ya, m: m1, d: d1, .. },
                Expr::Day { y: yb, m: m2, d: d2, qual },
            ) = (opened, joined, a.expr, b.expr)
            {
                // In order within one year, or across the new year (28 كانون الأول حتى 3 كانون الثاني,
                // the first day's year, if told, one before the second's).
                let in_order = (m1, d1) < (m2, d2) && (ya.is_none() || ya == yb);
                let across = m1 > m2 && (ya.is_none() || ya.zip(yb).is_some_and(|(a, b)| a + 1 == b));
                if in_order || across {
                    out[k] = Parse {
                        start: a.start - 1,
                        end: b.end,
                        expr: Expr::Days { y: yb, from: (m1, d1), to: (m2, d2), qual },
                        rule: "day_range",
                        id: b.id,
                        apposition: None,
                    };
                    out.remove(k + 1);
                    continue;
                }
            }
            k += 1;
        }
    }

    /// `يوم الجمعة 28 آب`: a weekday right before a day names that day.
    fn mark_appositions(&self, out: &mut [Parse]) {
        for k in 0..out.len().saturating_sub(1) {
            let next = out[k + 1];
            let gap = next.start - out[k].end;
            let only_comma =
                gap == 0 || (gap == 1 && (self.punct(out[k].end, '،') || self.punct(out[k].end, ',')));
            let weekday = matches!(out[k].expr, Expr::Weekday { .. } | Expr::RelDay { offset: 0 });
            let day = matches!(next.expr, Expr::Day { .. } | Expr::HijriDay { .. });
            if weekday && day && only_comma {
                out[k].apposition = Some(k + 1);
            }
        }
    }
}
