//! Refusals: why a trigger word found in a sentence tells no event of its
//! own. Each is a reading of the words around it (inside a name or a
//! longer trigger, the object of another trigger, a word its `unless_*`
//! lists refuse, the content of a demand or an agreement, a guess, an aside,
//! an awaited act, an interviewer's question, a war's toll), checked in this
//! order; the first that holds is the one explain shows.

use std::fmt;

use marsad_model::{EventType, Span};

use crate::grammar::*;
use crate::matcher::{Hit, Owner};
use crate::rules::{CueKind, Rules, Trigger};
use crate::sentence::Sentence;
use crate::words::Words;

/// Why a trigger codes no event, with the words that show it. Formatted
/// only when explain asks (formatting every reason was 5% of `analyze`).
#[derive(Debug)]
pub(crate) enum Skip<'a> {
    InsideLonger(&'a str),
    PartOfName(&'a str, &'a str),
    ObjectOf(&'a str),
    /// An adjective of the trigger construct before it (`تفجير سوروتش الانتحاري`).
    Describes(&'a str),
    NeedsWith(&'a Trigger),
    ReadsAs(&'a Trigger),
    AnotherWord(&'a str),
    WithClitic(&'a str),
    /// The word before the trigger that refuses it, and the trigger, whose
    /// guard sets say (only when a trace is printed) which set gave the
    /// unless word.
    After(&'a str, &'a Trigger),
    /// The same after the trigger.
    Before(&'a str, &'a Trigger),
    ContentOf(&'a str),
    Speculation(&'a str),
    Aside(&'a str),
    Expected(&'a str),
    AnalystGoesOn,
    Question,
    WarToll(&'a str, &'a str),
    /// A meeting or call with a news outlet or reporter (`media`).
    Interview(&'a str),
}

/// ` (guard set @time_mark)` after a refusal a guard set gave, else nothing.
fn in_set(set: Option<&str>) -> String {
    set.map(|s| format!(" (guard set @{s})")).unwrap_or_default()
}

impl fmt::Display for Skip<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::InsideLonger(outer) => write!(f, "inside the longer trigger «{outer}»"),
            Skip::PartOfName(text, id) => write!(f, "part of the name «{text}» ({id})"),
            Skip::ObjectOf(head) => write!(f, "object of «{head}», not a separate event"),
            Skip::Describes(head) => {
                write!(f, "describes «{head}» and the name after it, not a separate event")
            }
            Skip::NeedsWith(t) => write!(f, "needs one of {:?} within {} words", t.with, t.within),
            Skip::ReadsAs(ot) => write!(f, "the same word reads as {} ({})", ot.kind.as_str(), ot.id),
            Skip::AnotherWord(w) => write!(f, "«{w}» is another word"),
            Skip::WithClitic(c) => write!(f, "with the clitic «{c}»"),
            Skip::After(w, t) => write!(f, "after «{w}»{}", in_set(t.guard_set_refusing(&t.unless_prev, w))),
            Skip::Before(w, t) => {
                write!(f, "before «{w}»{}", in_set(t.guard_set_refusing(&t.unless_next, w)))
            }
            Skip::ContentOf(by) => write!(f, "content of «{by}», not a separate event"),
            Skip::Speculation(c) => write!(f, "speculation («{c}»), not a report"),
            Skip::Aside(c) => write!(f, "a purpose or concession («{c}»), not an event"),
            Skip::Expected(c) => write!(f, "only expected («{c}»), not an event"),
            Skip::AnalystGoesOn => f.write_str("continues an analyst's words, not a report"),
            Skip::Question => f.write_str("a yes/no question (هل), not a report"),
            Skip::WarToll(a, b) => write!(f, "a war's toll («{a} {b}»), not an event"),
            Skip::Interview(w) => write!(f, "an interview with the press («{w}»), not a meeting"),
        }
    }
}

/// What the sentence and the ones before it say of everything in it.
pub(crate) struct Said {
    /// It goes on with the last speaker's words (`وأضاف`).
    pub continuation: bool,
    /// The last sentence that said something gave an analyst's view.
    pub analyst_speaking: bool,
    /// It asks whether something happened (`هل`).
    pub yes_no_question: bool,
}

/// Whether trigger `hi` of sentence `s` is refused, and why; else whether
/// it is awaited (`لقاء مرتقب`: told as a plan). `governed` is the end of
/// the content of the last demand, refusal, threat or agreement read in the
/// sentence (its token and the trigger that governs it); a governing
/// trigger sets it, and a trigger inside it is its content, except a
/// material act inside an agreement's, which is a planned act of its own.
pub(crate) fn refusal<'a>(
    rules: &'a Rules,
    s: &Sentence<'a>,
    hi: usize,
    words: &Words,
    governed_until: &mut Option<(usize, Span)>,
    said: &Said,
) -> Result<bool, Skip<'a>> {
    let (a, b, body, folded, toks) = (s.a, s.b, s.body, s.folded, s.toks);
    let (actors, places, cues, trig_hits) = (&s.actors, &s.places, &s.cues, &s.triggers);
    let ftext = |k: usize| s.word(k);
    let clause_of = |k: usize| s.clause_of(k);
    let in_any_name = |k: usize| s.in_any_name(k);
    let reach = |k: usize| s.reach(k);
    let h = trig_hits[hi];
    let Owner::Trigger(ti) = h.owner else { unreachable!("Sentence::triggers holds triggers only") };
    let t = &rules.triggers[ti as usize];
    if let Some(m) = actors.iter().chain(places.iter()).find(|m| m.tok < h.first && m.tok_end >= h.first) {
        return Err(Skip::PartOfName(m.text, m.id));
    }
    // A `with` word may be part of a name (`فصائل الاحتلال`).
    let with_found = |t: &crate::rules::Trigger, h: &Hit| {
        let near = |range: &mut dyn Iterator<Item = usize>| {
            let mut counted = 0;
            for k in range {
                if t.with_list.in_token(ftext(k)) {
                    return true;
                }
                if !in_any_name(k) {
                    counted += 1;
                    if counted >= t.within {
                        return false;
                    }
                }
            }
            false
        };
        near(&mut (h.last + 1..b))
            || (!t.with_after && near(&mut (a..h.first).rev()))
            || (h.first..=h.last).any(|k| t.with_list.in_token(ftext(k)))
    };
    // Trigger `oi` at `o` can fire: it wants no `with` word, or one is near.
    let with_met = |oi: u32, o: &Hit| {
        let ot = &rules.triggers[oi as usize];
        ot.with.is_empty() || with_found(ot, o)
    };
    // A longer trigger around this one reads the words as a whole, unless
    // it lacks its own `with` word and so codes nothing: `منذ استعادة`
    // with no ground word near it leaves استعادة to the shorter trigger
    // (before, a new two-word form could silently take events away).
    if let Some(outer) = trig_hits.iter().enumerate().find(|(oi, o)| {
        *oi != hi
            && o.first <= h.first
            && h.last <= o.last
            && (o.last - o.first) > (h.last - h.first)
            && match o.owner {
                Owner::Trigger(oi) => with_met(oi, o),
                Owner::Cue(_) => true,
            }
    }) {
        return Err(Skip::InsideLonger(outer.1.span.slice(body)));
    }
    // `استهداف الدوريات المشتركة`, `اتفاق وقف إطلاق النار`: a
    // trigger word right after another one, not joined by و, is
    // what the first acts on (its object or idafa), not an event.
    // Only a head that is a trigger in its own right takes an
    // object: `وقبل هذه العملية شنت تركيا` (عملية with no مشتركة is
    // no joint act, so شنت is a verb of its own). Measured
    // (session 7): seeds unchanged; dev +2 tp / +3 events, dev2
    // 0/+4, holdout +4/+11, holdout2 +2/+4. A comma between the
    // two ends the head's phrase: `وخلال المفاوضات، رفض الغربيون
    // طلبا`, `وبموجب الاتفاقية، خرج المسلحون` open a clause whose
    // verb is an act of its own. Measured (session 8, four sets
    // tp/pred): dev 0/0, dev2 +1/+1, holdout 0/0, holdout2 0/0;
    // seeds unchanged; bulk +12/-2 events, 9 of the 12 right.
    let is_head = |o: &Hit| match o.owner {
        Owner::Trigger(oi) => with_met(oi, o),
        Owner::Cue(_) => false,
    };
    // An agreement's word, whose material terms are planned acts of their own.
    let is_deal = |o: &Hit| rules.trigger_of(o).is_some_and(|t| t.kind == EventType::Agree);
    let same_phrase = |o: &Hit| clause_of(o.last) == clause_of(h.first);
    let mut deal_term = false;
    if let Some(head) = trig_hits.iter().find(|o| o.last + 1 == h.first && same_phrase(o) && is_head(o)) {
        let clitics = clitic_of(folded, toks, h);
        // `اتفاق بخروج 45 ألف مقاتل`, `اتفاق لتهجير سكان وادي بردى`: a
        // material act marked (ب، ل) as what a deal provides for is a
        // term of it, read below as a planned act of its own; `اتفاق
        // وقف إطلاق النار` (unmarked) names the deal.
        deal_term = is_deal(head) && is_material_term(t.kind) && matches!(clitics, "ل" | "ب" | "لل" | "بال");
        if !clitics.starts_with('و') && !deal_term {
            return Err(Skip::ObjectOf(head.span.slice(body)));
        }
    }
    // `تفجير سوروتش الانتحاري`, `هجوم داعش الانتحاري`: an adjective
    // trigger after a head trigger and the one name that completes it
    // describes that construct; it tells no second act. Read apart, its
    // other mode kept it from folding into the head, and as a bare
    // definite it was taken for a retelling of another attack.
    let name_fills = |from: usize, to: usize| {
        from <= to && actors.iter().chain(places.iter()).any(|m| m.tok == from && m.tok_end == to)
    };
    if t.adjective && matches!(clitic_of(folded, toks, h), "" | "ال") {
        let described = trig_hits.iter().find(|o| {
            o.last + 1 < h.first && name_fills(o.last + 1, h.first - 1) && same_phrase(o) && is_head(o)
        });
        if let Some(head) = described {
            return Err(Skip::Describes(head.span.slice(body)));
        }
    }
    if !t.with.is_empty() && !with_found(t, h) {
        return Err(Skip::NeedsWith(t));
    }
    // `حذر من خطورة الوضع`: the word after the trigger, or after a
    // preposition standing right after it, that its unless_next names.
    // With next_past_name, the word after an actor named right after
    // it is read too (`رفضت وزارة الدفاع الأمريكية التعليق`).
    let next_refused = |t: &crate::rules::Trigger, h: &Hit| {
        let words_at = |at: usize| {
            if at + 1 < b && is_preposition(ftext(at)) {
                at..at + 2
            } else {
                at..(at + 1).min(b)
            }
        };
        let mut past_name = h.last + 1;
        while t.next_past_name
            && past_name < b
            && actors.iter().any(|m| m.tok <= past_name && past_name <= m.tok_end)
        {
            past_name += 1;
        }
        let after_name = if past_name > h.last + 1 { words_at(past_name) } else { 0..0 };
        words_at(h.last + 1).chain(after_name).find(|&k| t.unless_next_list.fits(ftext(k)))
    };
    // The trigger word is one its unless_token names (after an optional و/ف).
    let token_refused = |t: &crate::rules::Trigger, h: &Hit| t.refuses_token(ftext(h.first));
    // Which of its unless_clitic the clitics before the trigger (و/ف aside) start with.
    let clitic_refused = |t: &crate::rules::Trigger, h: &Hit| {
        let clitic = strip_conj(clitic_of(folded, toks, h));
        t.unless_clitic.iter().position(|c| clitic.starts_with(c.as_str()))
    };
    // `يرغب في سحب قواته`: the word an unless_prev is read on may
    // stand before a preposition.
    let prev_words = |h: &Hit| {
        if h.first > a + 1 && is_preposition(ftext(h.first - 1)) {
            h.first - 2..h.first
        } else {
            h.first.saturating_sub(1).max(a)..h.first
        }
    };
    // The word-level refusals of a trigger (its unless_token,
    // unless_clitic, unless_next, and unless_prev on the word before
    // it or before a preposition standing before it; not past a
    // subject name, as the trigger's own check below also looks).
    let refuses_word = |t: &crate::rules::Trigger, h: &Hit| {
        token_refused(t, h)
            || clitic_refused(t, h).is_some()
            || next_refused(t, h).is_some()
            || prev_words(h).any(|k| t.unless_prev_list.fits(ftext(k)))
    };
    // `تدعم الأسد عسكريا`: where a trigger with `with` words fits
    // the same word, the plain reading (SUPPORT) gives way to it (AID),
    // unless that trigger refuses the word itself.
    if t.with.is_empty() {
        let fitter = trig_hits.iter().find_map(|o| match o.owner {
            Owner::Trigger(oi) if o.first == h.first && o.last == h.last && oi != ti => {
                let ot = &rules.triggers[oi as usize];
                (!ot.with.is_empty() && with_found(ot, o) && !refuses_word(ot, o)).then_some(ot)
            }
            _ => None,
        });
        if let Some(ot) = fitter {
            return Err(Skip::ReadsAs(ot));
        }
    }
    if !t.unless_token.is_empty() && token_refused(t, h) {
        return Err(Skip::AnotherWord(ftext(h.first)));
    }
    // A trigger's `unless_clitic = ["ل"]` reads لـ as a purpose not yet
    // acted on (`وصلت الحافلات لخروج المسلحين`); right after a deal's word
    // a withdrawal is the deal's term, kept above (`اتفاق لإجلاء مقاتلي
    // جيش الإسلام`). A truce so marked names the deal (`اتفاق لوقف إطلاق
    // النار`), and other acts (`اتفاقا للتعاون الدفاعي`, `الاتفاق لمساعدة
    // النظام`) are what it is for, not acts of their own. Measured (session
    // 33): four sets +2 tp / +3 events; bulk +8 RETREAT, all evacuation
    // deals (with every act type let through: +22, the rest wrong).
    let deal_withdrawal = deal_term && t.kind == EventType::Retreat && t.mode.as_deref() != Some("ceasefire");
    if !t.unless_clitic.is_empty() && !deal_withdrawal {
        if let Some(c) = clitic_refused(t, h) {
            return Err(Skip::WithClitic(&t.unless_clitic[c]));
        }
    }
    // `وتوعد ترامب، الأربعاء، باستهداف سوريا`: a date set off by commas is
    // an aside; the words after it go on with the clause before it.
    // `x` is where the governing trigger's reach is measured from, `by` the
    // trigger itself: the clauses between it and `y` may be dates only.
    let same_telling = |x: usize, by: Span, y: usize| {
        if clause_of(x) == clause_of(y) {
            return true;
        }
        let from = (a..b).find(|&k| toks[k].start >= by.start).unwrap_or(x);
        let (cf, cy) = (clause_of(from), clause_of(y));
        let between = |k: &usize| clause_of(*k) > cf && clause_of(*k) < cy;
        cf < cy
            && (from..y).filter(between).all(|k| s.dates.iter().any(|d| d.tok <= k && k <= d.tok_end))
            && (from..y).any(|k| between(&k))
    };
    // A trigger refused after على (`اتفقت تركيا وروسيا على هدنة`: a
    // truce agreed on is no truce made) is still what the agreement
    // before it is about, so what follows it there is its content
    // too (`على هدنة قبل محادثات جنيف`: talks to come). Other
    // refusals end the content: `الدعوات للتوصل إلى هدنة … التي
    // تتعرض لقصف` tells a shelling of its own.
    let extend_governed = |governed_until: &mut Option<(usize, Span)>| {
        if let Some((until, by)) = *governed_until {
            if h.first <= until && same_telling(until - 3, by, h.first) {
                *governed_until = Some((reach(h.last), by));
            }
        }
    };
    // `استهدفت الفصائل المعارضة رتلا`, `التي تعتبرها أنقرة تهديدا`:
    // or before the subject named between it and the trigger
    // (names do not count as words), in the trigger's clause. A
    // name after a preposition (`وحدات من الجيش السوري دخلت`) is
    // no verb's subject.
    let mut before = h.first;
    while !t.unless_prev.is_empty()
        && before > a
        && in_any_name(before - 1)
        && clause_of(before - 1) == clause_of(h.first)
    {
        before -= 1;
    }
    let subject_verb = before < h.first && before > a && !is_preposition(ftext(before - 1));
    let mut prev = prev_words(h).chain(if subject_verb { before - 1..before } else { 0..0 });
    if let Some(k) = prev.find(|&k| t.unless_prev_list.fits(ftext(k))) {
        if strip_conj(ftext(k)) == "علي" {
            extend_governed(governed_until);
        }
        return Err(Skip::After(ftext(k), t));
    }
    if let Some(k) = next_refused(t, h) {
        return Err(Skip::Before(ftext(k), t));
    }
    if let Some((until, by)) = governed_until {
        // `ترفض الأمر وتصر على`: a verb joined by و opens a new act.
        let coordinated = ftext(h.first).starts_with('و') && h.first + 3 > *until;
        // `دعوات من فرنسا ودول أخرى لهدنة`, `على جدول زمني لانسحاب`:
        // a word marked as the object of the demand or agreement
        // (ل، ب، إلى) is its content a little further on.
        let marked = {
            let clitic = clitic_of(folded, toks, h);
            matches!(clitic, "ل" | "ب" | "لل" | "بال")
                || (h.first > a && strip_conj(ftext(h.first - 1)) == "الي")
        };
        let limit = if marked { *until + 3 } else { *until };
        // `التوصل إلى هذا الاتفاق غداة محادثة هاتفية`, `عقب اتهام موسكو
        // لتل أبيب`: an act right after a time word dates the one
        // before; it is told as done, not as what that one fixes.
        // Measured (session 14, four sets tp/pred): 788/1267 ->
        // 790/1269; seeds unchanged; bulk 26 events changed, about
        // 11 of the 14 added right (the phone call, the accusation
        // and the strikes told as what came before).
        // A date set off by commas (`توعد ترامب، الأربعاء، باستهداف`) dates
        // the governing act, not this one.
        let dates_it = h.first > a
            && is_time_word(strip_conj(ftext(h.first - 1)))
            && clause_of(h.first - 1) == clause_of(h.first);
        if h.first <= limit && !coordinated && !dates_it && same_telling(*until - 3, *by, h.first) {
            let by = *by;
            *governed_until = Some((reach(h.last), by));
            // `اتفاق يقضي بخروج مسلحي جيش الإسلام من دوما`, `وينص الاتفاق
            // على انسحاب وحدات حماية الشعب من منبج`, `اتفاق … لتقديم
            // مساعدات إنسانية`: a withdrawal, a release, a joint operation
            // or aid that a deal provides for is a planned act of its own,
            // as the gold codes it (RETREAT, COOPERATE, COERCE plan),
            // beside the agreement; `اتفاقين تم بموجبهما إجلاء` tells it
            // done. What a demand, threat or refusal governs stays its
            // content.
            let deal = trig_hits.iter().find(|o| o.span == by && is_deal(o));
            if let Some(deal) = deal.filter(|_| is_material_term(t.kind)) {
                let done =
                    (deal.last + 1..h.first).any(|k| matches!(strip_conj(ftext(k)), "تم" | "جري" | "جرت"));
                return Ok(!done);
            }
            return Err(Skip::ContentOf(by.slice(body)));
        }
    }
    if t.governs {
        *governed_until = Some((reach(h.last), h.span));
    }
    // An analyst's view (`وفق وصف الباحث`) may be named anywhere in
    // the sentence; a sentence that goes on with an analyst's words
    // (`وأضاف`) is still the analyst speaking. A guess (`ربما`،
    // `يبدو أن`، `يتوقع`) covers its own clause and the أن clause it
    // opens, not a clause the outlet asserts after it: `ربما استطاعت
    // هذه الدول أن تبطئ …، لكنها … لم تقدم دعما قويا` tells that no
    // strong support was given. Measured (session 7): seeds +1
    // spurious; dev +2 tp / +2 events, dev2 +1/+5, holdout +1/+2,
    // holdout2 +1/+2 (news-only +1 tp on each of the three sets).
    let guessed = |c: &Hit| {
        let opens_that = c.last + 1 < b && matches!(ftext(c.last + 1), "ان" | "بان" | "وان" | "لان");
        c.last < h.first
            && (clause_of(c.first) == clause_of(h.first)
                || (opens_that && clause_of(c.last + 1) == clause_of(h.first)))
    };
    if let Some((c, _)) =
        cues.iter().find(|(c, k)| (*k == CueKind::Speculation && guessed(c)) || *k == CueKind::Analyst)
    {
        return Err(Skip::Speculation(c.span.slice(body)));
    }
    if let Some((c, _)) = cues
        .iter()
        .find(|(c, k)| *k == CueKind::Aside && c.last < h.first && c.last + rules.window(c) >= h.first)
    {
        return Err(Skip::Aside(c.span.slice(body)));
    }
    let expected = cues.iter().find(|(c, k)| {
        *k == CueKind::Expected
            && c.first > h.last
            && c.first <= h.last + rules.window(c)
            && clause_of(c.first) == clause_of(h.last)
    });
    // A meeting or a deal awaited (`لقاء مرتقب`, `الاتفاق المتوقع`)
    // is planned, as one told `المزمع عقده` is; a strike or an
    // offensive awaited (`الضربة العسكرية المرتقبة`) is not told.
    if let Some((c, _)) = expected.filter(|_| t.kind.quad() != "verbal_cooperation") {
        return Err(Skip::Expected(c.span.slice(body)));
    }
    if said.continuation && said.analyst_speaking {
        return Err(Skip::AnalystGoesOn);
    }
    if said.yes_no_question {
        return Err(Skip::Question);
    }
    // `تسبب النزاع منذ 2011 بمقتل أكثر من 350 ألف شخص`, `400 ألف شخص
    // قتلوا أو فقدوا منذ بدء الانتفاضة`: tens of thousands killed is
    // a war's toll, not an attack (a single attack that kills
    // thousands, `أسفر عن مقتل الآلاف`, stays; so does an attack
    // that drove tens of thousands to flee: only a killing counts).
    // `وقال محمد عبر مكالمة هاتفية مع CNN`, `والتقت مراسلة الصحيفة مع عدد
    // من أفراد`, `الجماعات التي اتصلت بها شبكة CNN`: a meeting or call whose
    // other side (after مع) or subject (right after it) is a news outlet or
    // reporter is an interview. `وقال لصحيفة بعد اجتماع` (with ل) is who a
    // speaker told of a meeting; a dateline (`(CNN)-- استقبل`) stands before.
    if t.kind == EventType::Consult {
        let media = |k: usize| is_media_word(words, ftext(k));
        let partner = (h.last + 1..(h.last + 4).min(b))
            .find(|&k| k + 1 < b && matches!(strip_conj(ftext(k)), "مع") && media(k + 1))
            .map(|k| k + 1);
        let subject =
            (h.last + 1..(h.last + 3).min(b)).find(|&k| media(k) && clause_of(k) == clause_of(h.first));
        if let Some(k) = partner.or(subject) {
            return Err(Skip::Interview(ftext(k)));
        }
    }
    let killing = trigger_word_of(folded, toks, h).contains("قتل");
    if t.kind == EventType::Assault && killing {
        let mut near = h.first.saturating_sub(4).max(a)..(h.last + 7).min(b);
        let next = |k: usize| if k + 1 < b { ftext(k + 1) } else { "" };
        if let Some(k) = near.find(|&k| k > a && is_war_toll(ftext(k - 1), ftext(k), next(k))) {
            return Err(Skip::WarToll(ftext(k - 1), ftext(k)));
        }
        // `وقتل في النزاع السوري أكثر من 200 صحفي`, `قتل 92 عسكريا روسيا في
        // سوريا منذ تدخل موسكو في النزاع`, `3225 شخصا مجهولا قتلوا في
        // الصراع`: the dead counted over the war, whatever their number.
        let the_war = |k: usize| matches!(strip_conj(ftext(k)), "النزاع" | "الصراع" | "الحرب");
        let over_war = (h.last + 1..(h.last + 10).min(b)).find(|&k| {
            clause_of(k) == clause_of(h.last)
                && the_war(k)
                && (matches!(ftext(k - 1), "في" | "وفي")
                    || matches!(strip_conj(ftext(k - 1)), "خلال" | "منذ" | "بدء" | "بدايه" | "اندلاع"))
        });
        if let Some(k) = over_war {
            return Err(Skip::WarToll(ftext(k - 1), ftext(k)));
        }
    }
    Ok(expected.is_some())
}

/// The acts a deal's terms may name as planned acts of their own: material
/// ones, not what is said (a demand or a threat agreed on is the agreement's
/// wording) and not an attack (`اتفاق جنب محافظة إدلب هجوما`: averted).
fn is_material_term(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Retreat | EventType::Cooperate | EventType::Coerce | EventType::Aid | EventType::Mobilize
    )
}
