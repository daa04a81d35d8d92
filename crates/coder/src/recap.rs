//! Recap lists told with ثم: `… ثم في 2023 على مستوى وزراء الخارجية`. Each
//! item after ثم with a date of its own is an event of its own, a copy of
//! the item before it with its own date and place.

use marsad_model::{DateValue, Span};

use crate::attach::{self, Arg, Args, DateArg};
use crate::merge::{is_historical, Cand};
use crate::sentence::Sentence;

/// Whether an event dated `date` is told as history in news of `news`.
pub(crate) fn historical(date: Option<&DateValue>, news: Option<&DateValue>) -> bool {
    match (date, news) {
        (Some(d), Some(n)) => is_historical(d, n),
        _ => false,
    }
}

/// `ثم في 2023 …` opening sentence `s`: the next item of `prev`, the last
/// event of the sentence before, dated and placed by `s`. The actors `s`
/// names are its targets too.
pub(crate) fn next_sentence_item(s: &Sentence<'_>, prev: &Cand, news: Option<&DateValue>) -> Cand {
    let a = s.a;
    let mut placed = Args::default();
    attach::date(a, a, &s.dates, &mut placed);
    attach::place(a, a, &s.places, &|_| true, &|_, _| false, &mut placed);
    let date = placed.date.take();
    let mut c = item_of(prev, date, placed, Span::new(s.toks[a].start, s.toks[a].end), news);
    c.span = s.span;
    c.sentence = s.no;
    c.last_sentence = s.no;
    add_targets(&mut c, s.actors.iter());
    c
}

/// `ثم` at token `k` inside sentence `s`, followed by a date of its own:
/// the next item of the last candidate told before it (one of
/// `in_sentence`). That candidate keeps the dates before `k`; the new item
/// takes the date after `k` and the places and actors named after it.
/// `None` when `ثم` has no date of its own or follows no candidate.
pub(crate) fn inner_item(
    s: &Sentence<'_>,
    k: usize,
    in_sentence: &mut [Cand],
    tok_of: impl Fn(usize) -> usize,
    news: Option<&DateValue>,
) -> Option<Cand> {
    let own = s.dates.iter().find(|d| d.tok > k && d.tok <= k + 3 && !d.value.is_unknown())?;
    let prev = in_sentence.iter_mut().rev().find(|c| c.trigger.end <= s.toks[k].start)?;
    let earlier: Vec<DateArg<'_>> = s.dates.iter().filter(|d| d.tok_end < k).cloned().collect();
    let at = tok_of(prev.trigger.start);
    let mut args = Args::default();
    attach::date(at, at, &earlier, &mut args);
    prev.date = args.date;
    prev.date_lent = false;
    prev.historical = historical(prev.date.as_ref(), news);
    let later: Vec<Arg<'_>> = s.places.iter().filter(|x| x.tok > k).cloned().collect();
    let mut placed = Args::default();
    attach::place(k, k, &later, &|_| true, &|_, _| false, &mut placed);
    let trigger = Span::new(s.toks[k].start, s.toks[k].end);
    let mut c = item_of(prev, Some(own.value.clone()), placed, trigger, news);
    add_targets(&mut c, s.actors.iter().filter(|x| x.tok > k));
    Some(c)
}

/// `prev` told again as the list item at `trigger`, with its own date and the place `placed` found.
fn item_of(
    prev: &Cand,
    date: Option<DateValue>,
    placed: Args,
    trigger: Span,
    news: Option<&DateValue>,
) -> Cand {
    let mut c = prev.clone();
    c.historical = historical(date.as_ref(), news);
    c.date = date;
    c.date_lent = false;
    c.place = placed.place;
    c.place_vague = placed.place_vague;
    c.places = placed.places;
    c.trigger = trigger;
    c.also.clear();
    c
}

/// Adds each actor that is neither source nor target as a target.
fn add_targets<'a>(c: &mut Cand, actors: impl Iterator<Item = &'a Arg<'a>>) {
    for x in actors {
        if !c.target.iter().any(|t| t == x.id) && !c.source.iter().any(|s| s == x.id) {
            c.target.push(x.id.to_string());
        }
    }
}
