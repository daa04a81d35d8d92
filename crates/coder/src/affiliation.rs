//! Officials as arguments: a person is recorded with the state they act for.
//!
//! GOLD_FORMAT convention (seeds-gold): `وزير الخارجية الروسي سيرغي لافروف` as a source is
//! `["person:sergey-lavrov", "RUS"]`, so an analyst filtering by state finds the minister's acts.

use marsad_model::Event;

/// Adds, after each `person:` in an event's source and target, the state `affiliation` gives for it,
/// unless that state (or one of its organs, `TUR-MIL` for `TUR`) is already there.
/// Invariant: never removes or reorders an argument; a person without affiliation is left alone.
pub fn add_affiliations(events: &mut [Event], affiliation: &dyn Fn(&str) -> Option<String>) {
    for event in events {
        affiliate(&mut event.source, affiliation);
        affiliate(&mut event.target, affiliation);
    }
}

fn affiliate(args: &mut Vec<String>, affiliation: &dyn Fn(&str) -> Option<String>) {
    let mut out: Vec<String> = Vec::with_capacity(args.len() + 1);
    for arg in args.iter() {
        out.push(arg.clone());
        if !arg.starts_with("person:") {
            continue;
        }
        if let Some(state) = affiliation(arg) {
            let present = |a: &String| a == &state || a.split('-').next() == Some(state.as_str());
            if !args.iter().any(present) && !out.iter().any(present) {
                out.push(state);
            }
        }
    }
    *args = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::{EventType, ReportedAs, Span};

    fn event(source: &[&str], target: &[&str]) -> Event {
        let mut e = Event {
            id: "e1".into(),
            kind: EventType::Consult,
            mode: None,
            source: Vec::new(),
            target: Vec::new(),
            place: None,
            places: Vec::new(),
            date: None,
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence: "جاء ذلك في أعقاب محادثات مع نظيره التركي مولود جاويش أوغلو في موسكو".into(),
            span: Span::default(),
            trigger: Span::default(),
            rule: "TRG-consult-001".into(),
            also: Vec::new(),
            confidence: 1.0,
        };
        e.source = source.iter().map(|s| s.to_string()).collect();
        e.target = target.iter().map(|s| s.to_string()).collect();
        e
    }

    fn states(id: &str) -> Option<String> {
        match id {
            "person:sergey-lavrov" => Some("RUS".into()),
            "person:mevlut-cavusoglu" => Some("TUR".into()),
            _ => None,
        }
    }

    /// (source, target, expected source, expected target)
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [&'a str]);

    #[test]
    fn officials_get_their_state_once() {
        let cases: &[Case] = &[
            (
                &["person:sergey-lavrov"],
                &["person:mevlut-cavusoglu"],
                &["person:sergey-lavrov", "RUS"],
                &["person:mevlut-cavusoglu", "TUR"],
            ),
            (&["person:sergey-lavrov", "RUS"], &["TUR"], &["person:sergey-lavrov", "RUS"], &["TUR"]),
            (&["TUR-SSB", "person:mevlut-cavusoglu"], &[], &["TUR-SSB", "person:mevlut-cavusoglu"], &[]),
            (&["person:unknown-man"], &["USA"], &["person:unknown-man"], &["USA"]),
        ];
        for (src, tgt, want_src, want_tgt) in cases {
            let mut events = vec![event(src, tgt)];
            add_affiliations(&mut events, &states);
            assert_eq!(events[0].source, *want_src, "source of {src:?}");
            assert_eq!(events[0].target, *want_tgt, "target of {tgt:?}");
        }
    }
}
